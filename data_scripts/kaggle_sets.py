#!/usr/bin/env python
"""KD-FMV's Kaggle sets (brain tumour MRI, eye disease, Alzheimer MRI): download, extract, validate.

  brain_tumor  kaggle datasets download -d masoudnickparvar/brain-tumor-mri-dataset      (Training/, Testing/)
  eye_disease  kaggle datasets download -d gunavenkatdoddi/eye-diseases-classification   (one folder per class)
  alzheimer    kaggle datasets download -d uraninjo/augmented-alzheimer-mri-dataset       (one folder per class)
The Kaggle CLI needs an API token in ~/.kaggle/kaggle.json (https://www.kaggle.com/settings).
Kaggle publishes no checksums: each zip's sha256 is recorded in DIR/checksums.json on first
sight and checked afterwards. The zip is extracted once; the script then prints the folder to
pass as data_root (the one holding the class folders, or Training/ and Testing/).
"""
from _common import parser, checksum_record, kaggle_download, report
from kdexplain.data import KAGGLE_SETS, extract_archive, find_imagefolder_root, load_dataset, verify_checksum

def main():
    p = parser(__doc__)
    p.add_argument("--dataset", required=True, choices=sorted(KAGGLE_SETS))
    args = p.parse_args()
    spec = KAGGLE_SETS[args.dataset]
    root = args.root
    if not args.check_only:
        z = kaggle_download("datasets", spec["kaggle"], root)
        if z is None: return
        verify_checksum(z, record=checksum_record(root))
        extract_archive(z, root)
    data_root = find_imagefolder_root(root, spec["classes"])
    print(f"data_root for {args.dataset}: {data_root}")
    report(load_dataset(args.dataset, data_root, split="all"))

if __name__ == "__main__":
    main()
