#!/usr/bin/env bash
# Sets up everything vmlab and its tests need on a Debian 12 machine with
# Node 20: QEMU and the image-building tools from Debian's packages, the npm
# dependencies, the compiled CLI and the tiny test switch image. Safe to run
# again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: QEMU to run labs; grub/xorriso/mtools/cpio/openssl to build the test image;
# openssh-client for the lab SSH key (ssh-keygen) and to drive a lab's other servers; xz-utils to import .xz images;
# iproute2 and openssh-server for the multi-host tests (their servers are network namespaces, each running an sshd
# the test starts itself).
packages=(qemu-system-x86 qemu-utils grub-pc-bin grub-common xorriso mtools cpio openssl iproute2 openssh-client openssh-server xz-utils)
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

# A QEMU whose stream links reconnect by themselves (`-netdev stream` with
# `reconnect`, QEMU 8.0 and later) heals a lab without restarting peers.
# Debian 12's own QEMU is 7.2; its bookworm-backports suite has 10.0. Debian's
# own package is kept wherever it is already new enough (Debian 13 and later).
qemu_major() { dpkg-query -W -f='${Version}' qemu-system-x86 2>/dev/null | sed -E 's/^[0-9]+://; s/^([0-9]+).*/\1/'; }
. /etc/os-release
if [ "${VERSION_CODENAME:-}" = bookworm ] && [ "$(qemu_major)" -lt 8 ] 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  list=/etc/apt/sources.list.d/vmlab-bookworm-backports.sources
  if [ ! -e "$list" ] && ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # The same mirror as the machine's own Debian source, else Debian's CDN.
    mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=$(awk '/^deb / && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    echo "setup: adding Debian's bookworm-backports suite ($mirror) for QEMU 10" >&2
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" | $sudo tee "$list" >/dev/null
  fi
  echo "setup: installing QEMU from bookworm-backports" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends -t bookworm-backports qemu-system-x86 qemu-utils >&2
fi
echo "setup: $(qemu-system-x86_64 --version | head -1)" >&2

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
