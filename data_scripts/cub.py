#!/usr/bin/env python
"""CUB-200-2011 (attentive surrogate paper): download, verify, extract, validate.

Downloads CUB_200_2011.tgz (1.1 GB) from CaltechDATA, checks its published md5
(97eceeb196236b17998738112f37df78), extracts it once to DIR/CUB_200_2011/ and validates the
layout (images.txt, image_class_labels.txt, train_test_split.txt, bounding_boxes.txt,
classes.txt, images/). A present, verified archive is not downloaded again.
"""
from _common import fetch_archive, parser, report
from kdexplain.data import cub_dataset

URL = "https://data.caltech.edu/records/65de6-vp158/files/CUB_200_2011.tgz?download=1"
MD5 = "97eceeb196236b17998738112f37df78"

def main():
    args = parser(__doc__).parse_args()
    root = args.root
    if not args.check_only:
        fetch_archive(URL, root / "CUB_200_2011.tgz", MD5, root, marker=root / "CUB_200_2011" / "images.txt")
    report(cub_dataset(root, split="all"))

if __name__ == "__main__":
    main()
