"""Shared command-line plumbing for the data scripts (the work itself lives in kdexplain.data)."""
import argparse, shutil, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run from a checkout without installing


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--root", required=True, type=Path, help="folder that will hold the dataset (the notebooks' data_root)")
    p.add_argument("--check-only", action="store_true", help="download and convert nothing; only validate the layout")
    return p


def checksum_record(root: Path) -> Path:
    "Digests of files with no published checksum are recorded here on first download and checked afterwards."
    return Path(root) / "checksums.json"


def kaggle_download(kind: str, slug: str, dest: Path) -> Path | None:
    """Download a Kaggle dataset/competition zip with the Kaggle CLI; None (with instructions) when it is not set up."""
    flag = "-c" if kind == "competitions" else "-d"
    cmd = ["kaggle", kind, "download", flag, slug, "-p", str(dest)]
    if shutil.which("kaggle") is None:
        print("The Kaggle CLI is not installed. To download this dataset:\n"
              "  1. pip install kaggle\n"
              "  2. create an API token at https://www.kaggle.com/settings (\"Create New Token\") and save it as ~/.kaggle/kaggle.json (chmod 600)\n"
              + ("  3. accept the competition rules on its Kaggle page\n" if kind == "competitions" else "")
              + f"  then run: {' '.join(cmd)}\n  and run this script again.")
        return None
    dest.mkdir(parents=True, exist_ok=True)
    zips = sorted(dest.glob("*.zip"))
    if not zips:
        print("running:", " ".join(cmd))
        subprocess.run(cmd, check=True)
        zips = sorted(dest.glob("*.zip"))
    return zips[0] if zips else None


def fetch_archive(url: str, archive: Path, md5: str, dest: Path, marker: Path) -> None:
    "Download `url` to `archive` (md5-checked; a verified archive is kept) and extract it into `dest`, unless `marker` exists."
    from kdexplain.data import download, extract_archive
    if not marker.is_file():
        extract_archive(download(url, archive, expected=md5, algorithm="md5"), dest)


def report(dataset) -> None:
    print(f"OK: {dataset!r}")
