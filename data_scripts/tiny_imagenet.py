#!/usr/bin/env python
"""Tiny ImageNet-200 (MED-TEX's appendix: goldfish vs jellyfish): download, verify, extract, validate.

Downloads tiny-imagenet-200.zip (248 MB) from the Stanford CS231n site, checks its published
md5 (90528d7ca1a48142e341f4ef8d21d0de), extracts it once to DIR/tiny-imagenet-200/ and
validates the layout with the MED-TEX classes (n01443537 goldfish, n01910747 jellyfish).
"""
from _common import fetch_archive, parser, report
from kdexplain.data import tiny_imagenet_dataset

URL = "http://cs231n.stanford.edu/tiny-imagenet-200.zip"
MD5 = "90528d7ca1a48142e341f4ef8d21d0de"

def main():
    args = parser(__doc__).parse_args()
    root = args.root
    if not args.check_only:
        fetch_archive(URL, root / "tiny-imagenet-200.zip", MD5, root, marker=root / "tiny-imagenet-200" / "wnids.txt")
    report(tiny_imagenet_dataset(root, split="all"))

if __name__ == "__main__":
    main()
