#!/usr/bin/env bash
# Sets up everything vmlab and its tests need on a Debian 12 machine with
# Node 20: QEMU and the image-building tools from Debian's packages, the npm
# dependencies, the compiled CLI and the tiny test switch image. Safe to run
# again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: QEMU to run labs; grub/xorriso/mtools/cpio/openssl to build the test image;
# openssh-client for the lab SSH key (ssh-keygen); xz-utils to import .xz images; iproute2 for the multi-host test.
packages=(qemu-system-x86 qemu-utils grub-pc-bin grub-common xorriso mtools cpio openssl iproute2 openssh-client xz-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm dependencies, exactly as locked; skipped when node_modules already matches the lock file.
if ! cmp -s package-lock.json node_modules/.vmlab-lock 2>/dev/null; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
  cp package-lock.json node_modules/.vmlab-lock
fi

echo "setup: compiling" >&2
npm run --silent build >&2

# The tiny test switch image (kernel, busybox, dropbear from Debian packages).
bash fixtures/image/build.sh >&2
echo "setup: done" >&2
