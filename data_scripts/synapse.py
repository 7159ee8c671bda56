#!/usr/bin/env python
"""Synapse multi-organ CT (Distillo), TransUNet's preprocessed layout: instructions, conversion, validation.

The data need a registration, so nothing is downloaded here:
  * preprocessed (what TransUNet and Distillo use): follow "Prepare data" in
    https://github.com/Beckschen/TransUNet (the authors share the preprocessed Synapse set on
    request); unpack so that DIR/train_npz/caseXXXX_sliceNNN.npz and
    DIR/test_vol_h5/caseXXXX.npy.h5 exist (DIR/lists/lists_Synapse/*.txt optional).
  * raw: register at https://www.synapse.org/#!Synapse:syn3193805 (MICCAI 2015 BTCV,
    "Abdomen", RawData.zip) and pass --raw RawData (needs `pip install nibabel`). Each case is
    clipped to HU [-125, 275], scaled to [0, 1], relabelled to the 8 organs and written in
    TransUNet's layout, using TransUNet's 18 training / 12 test cases. Slice orientation follows
    the NIfTI array and may differ from the authors' release by a transpose/flip.
Existing files are kept, so re-running only fills in what is missing.
"""
from pathlib import Path
from _common import parser, report
from kdexplain.data import synapse_dataset, synapse_volume_to_transunet

TEST_CASES = ("0001", "0002", "0003", "0004", "0008", "0022", "0025", "0029", "0032", "0035", "0036", "0038")

def convert_raw(raw: Path, root: Path):
    try: import nibabel as nib
    except ImportError: raise SystemExit("--raw needs nibabel: pip install nibabel")
    imgs = sorted((raw / "Training" / "img").glob("img*.nii.gz"))
    if not imgs: raise SystemExit(f"no Training/img/img*.nii.gz under {raw}")
    for p in imgs:
        num = p.name[3:7]
        lab = raw / "Training" / "label" / f"label{num}.nii.gz"
        if not lab.is_file(): raise SystemExit(f"label file {lab} missing")
        image = nib.load(str(p)).get_fdata().transpose(2, 0, 1)     # x, y, z -> slices first
        label = nib.load(str(lab)).get_fdata().round().astype("int64").transpose(2, 0, 1)
        part = "test" if num in TEST_CASES else "train"
        synapse_volume_to_transunet(image, label, f"case{num}", root, part)
        print(f"case{num}: {part}, {image.shape[0]} slices")

def main():
    p = parser(__doc__)
    p.add_argument("--raw", type=Path, help="the unpacked BTCV RawData folder (Training/img, Training/label)")
    args = p.parse_args()
    if args.raw and not args.check_only: convert_raw(args.raw, args.root)
    elif not (args.root / "train_npz").is_dir():
        print(__doc__); return
    report(synapse_dataset(args.root, split="all"))

if __name__ == "__main__":
    main()
