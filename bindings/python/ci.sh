#!/usr/bin/env bash
# The Python package's CI: a fresh virtual environment, `pip install ./bindings/python` (maturin
# builds the Rust extension), the integrations from PyPI, then pytest. Called by .ci/run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
venv=${BERSIH_VENV:-$repo/target/python-ci-venv}
python=${PYTHON:-python3}
started=$SECONDS

step() { echo "== python bindings: $* ($((SECONDS - started))s)"; }

# No telemetry and no model hub: CI reaches only the package registries.
export RAY_USAGE_STATS_ENABLED=0 HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 PIP_DISABLE_PIP_VERSION_CHECK=1

step "virtual environment in $venv"
rm -rf "$venv"
"$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip)

step "integrations and test tools from PyPI"
"${pip[@]}" install -q pytest pyarrow pandas "ray[data]" datatrove orjson datasets

step "pip install ./bindings/python"
"${pip[@]}" install -q "$here"

# The Ray test compares with the `bersih` command on the same texts.
step "bersih command for the comparison"
(cd "$repo" && cargo build -q --bin bersih)
export BERSIH_CLI="${CARGO_TARGET_DIR:-$repo/target}/debug/bersih"

step "pytest"
cd "$here"
timeout 1200 "$venv/bin/python" -m pytest -q -p no:cacheprovider tests
step "done"
