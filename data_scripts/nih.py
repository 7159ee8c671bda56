#!/usr/bin/env python
"""NIH ChestX-ray14 (PYLON): download the 12 image archives, extract, validate.

The images come from the NIH's public Box links (the ones in NIH's own batch_download_zips.py).
NIH publishes no checksums: each archive's sha256 is recorded in DIR/checksums.json on first
download and checked on every later run. The index files must be fetched by hand from
https://nihcc.app.box.com/v/ChestXray-NIHCC into DIR:
  Data_Entry_2017.csv (or Data_Entry_2017_v2020.csv), BBox_List_2017.csv,
  train_val_list.txt, test_list.txt
Alternatively the Kaggle copy has everything:
  kaggle datasets download -d nih-chest-xrays/data -p DIR --unzip
(images_001/images/*.png ...: the loader reads that layout too).
Usage: python data_scripts/nih.py --root DIR [--keep-archives]
"""
from _common import parser, checksum_record, report
from kdexplain.data import download, extract_archive, nih_dataset

LINKS = (
    "https://nihcc.box.com/shared/static/vfk49d74nhbxq3nqjg0900w5nvkorp5c.gz",
    "https://nihcc.box.com/shared/static/i28rlmbvmfjbl8p2n3ril0pptcmcu9d1.gz",
    "https://nihcc.box.com/shared/static/f1t00wrtdk94satdfb9olcolqx20z2jp.gz",
    "https://nihcc.box.com/shared/static/0aowwzs5lhjrceb3qp67ahp0rd1l1etg.gz",
    "https://nihcc.box.com/shared/static/v5e3goj22zr6h8tzualxfsqlqaygfbsn.gz",
    "https://nihcc.box.com/shared/static/asi7ikud9jwnkrnkj99jnpfkjdes7l6l.gz",
    "https://nihcc.box.com/shared/static/jn1b4mw4n6lnh74ovmcjb8y48h8xj07n.gz",
    "https://nihcc.box.com/shared/static/tvpxmn7qyrgl0w8wfh9kqfjskv6nmm1j.gz",
    "https://nihcc.box.com/shared/static/upyy3ml7qdumlgk2rfcvlb9k6gvqq2pj.gz",
    "https://nihcc.box.com/shared/static/l6nilvfa9cg3s28tqv1qc1olm3gnz54p.gz",
    "https://nihcc.box.com/shared/static/hhq8fkdgvcari67vfhs7ppg2w6ni4jze.gz",
    "https://nihcc.box.com/shared/static/ioqwiy20ihqwyr8pf4c24eazhh281pbu.gz",
)
INDEX_FILES = ("BBox_List_2017.csv", "train_val_list.txt", "test_list.txt")

def main():
    p = parser(__doc__)
    p.add_argument("--keep-archives", action="store_true", help="keep the .tar.gz files after extraction")
    args = p.parse_args()
    root = args.root
    if not args.check_only:
        for i, url in enumerate(LINKS, 1):
            archive = root / "archives" / f"images_{i:03d}.tar.gz"
            if (root / f".extracted-{archive.name}").exists(): continue   # done on an earlier run
            download(url, archive, record=checksum_record(root))
            extract_archive(archive, root)                                   # -> DIR/images/*.png
            if not args.keep_archives: archive.unlink()
        missing = [f for f in ("Data_Entry_2017.csv",) + INDEX_FILES if not (root / f).exists()
                   and not (f == "Data_Entry_2017.csv" and (root / "Data_Entry_2017_v2020.csv").exists())]
        if missing:
            print(f"Still needed in {root} (download by hand from https://nihcc.app.box.com/v/ChestXray-NIHCC): {missing}")
    report(nih_dataset(root, split="all"))

if __name__ == "__main__":
    main()
