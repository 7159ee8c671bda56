#!/usr/bin/env python
"""PALM / iChallenge-PM (MED-TEX's fundus set): check, extract and validate.

PALM needs a (free) registration, so this script cannot download it:
  1. Register at https://palm.grand-challenge.org/ (or Baidu AI Studio, "iChallenge-PM").
  2. Download PALM-Training400.zip and, for lesion masks,
     PALM-Training400-Annotation-Lession.zip (sic) into --root.
  3. Run: python data_scripts/palm.py --root DIR
The zips are checksummed (sha256 recorded in DIR/checksums.json on first sight, since PALM
publishes none), extracted once, and the layout is validated with kdexplain.data.palm_dataset:
  DIR/PALM-Training400/{P,H,N}0001.jpg ...   (P = pathological myopia)
  DIR/PALM-Training400-Annotation-Lession/Lesion_Masks/{Atrophy,Detachment}/P0001.bmp ...
"""
from _common import parser, checksum_record, report
from kdexplain.data import extract_archive, verify_checksum, palm_dataset

ARCHIVES = ("PALM-Training400.zip", "PALM-Training400-Annotation-Lession.zip")

def main():
    args = parser(__doc__).parse_args()
    root = args.root
    if not args.check_only:
        for name in ARCHIVES:
            z = root / name
            if not z.is_file():
                if (root / name.removesuffix(".zip")).is_dir(): continue   # already unpacked by hand
                print(f"{name} not found in {root}: see the instructions at the top of this script (--help).")
                continue
            verify_checksum(z, record=checksum_record(root))
            extract_archive(z, root)
    report(palm_dataset(root, split="all"))

if __name__ == "__main__":
    main()
