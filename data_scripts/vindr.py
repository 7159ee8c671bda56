#!/usr/bin/env python
"""VinDr-CXR, Kaggle version (PYLON's transfer target): download, DICOM -> PNG, validate.

Download needs a Kaggle account and the competition rules accepted at
https://www.kaggle.com/competitions/vinbigdata-chest-xray-abnormalities-detection ; then
  kaggle competitions download -c vinbigdata-chest-xray-abnormalities-detection -p DIR
(about 200 GB; this script runs it when the Kaggle CLI is set up). Kaggle publishes no
checksum: the zip's sha256 is recorded in DIR/checksums.json on first sight.
Conversion (kdexplain.data.vindr_convert, as PYLON): invert MONOCHROME1, min-max, histogram
equalisation, longest side 1024 (--longest-side), written to DIR/images/<image_id>.png with
DIR/image_scales.csv (original and PNG sizes) for the boxes of DIR/train.csv. Already
converted images are skipped, so the script can be re-run after an interruption.
"""
from _common import parser, checksum_record, kaggle_download, report
from kdexplain.data import extract_archive, verify_checksum, vindr_convert, vindr_dataset

SLUG = "vinbigdata-chest-xray-abnormalities-detection"

def main():
    p = parser(__doc__)
    p.add_argument("--longest-side", type=int, default=1024, help="longest side of the PNGs (default 1024)")
    args = p.parse_args()
    root = args.root
    if not args.check_only:
        if not (root / "train.csv").is_file() or not (root / "train").is_dir():
            z = kaggle_download("competitions", SLUG, root)
            if z is None: return
            verify_checksum(z, record=checksum_record(root))
            extract_archive(z, root)
        vindr_convert(root / "train", root, longest_side=args.longest_side)
    report(vindr_dataset(root, split="all"))

if __name__ == "__main__":
    main()
