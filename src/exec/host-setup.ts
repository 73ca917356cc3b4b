import type { TestHost } from '../model/types.js';
import { shellQuoted } from '../shell-quote.js';

/**
 * What runs inside a VM that holds test hosts, over SSH: each host's network
 * namespace, its NICs (found by MAC, wherever they are) moved in and renamed
 * to the names the specs use, loopback up, addresses and the default route.
 * Idempotent: run again on a set-up VM it changes nothing; run after a
 * change it moves only what must move. Plain POSIX sh (busybox ash, bash),
 * iproute2's `ip` (busybox's has no `netns`). Pure: the same hosts give the
 * same script. Every value is single-quoted, whatever state.json holds.
 */

/** Runs `script` as root: directly when the login is root (uid 0), else through `sudo -n`. */
function asRoot(command: string): string {
  return `S=${shellQuoted(command)}; if [ "$(id -u)" -eq 0 ]; then sh -c "$S"; else sudo -n sh -c "$S"; fi`;
}

const FUNCTIONS = String.raw`set -u
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
fail() { echo "vmlab host setup: $*" >&2; exit 1; }
# iproute2's ip, by path: busybox's sh may run its own ip applet (no netns) for a plain "ip"
IP=
for c in /sbin/ip /usr/sbin/ip /bin/ip /usr/bin/ip; do [ -x "$c" ] && "$c" netns list >/dev/null 2>&1 && { IP=$c; break; }; done
[ -n "$IP" ] || fail "no ip with netns support in this VM (install iproute2)"
nslist() { "$IP" netns list | cut -d' ' -f1; }
ipn() { n=$1; shift; if [ "$n" = - ]; then "$IP" "$@"; else "$IP" -n "$n" "$@"; fi; }
# the interface of namespace $1 ("-": the VM's own) with MAC $2
dev_of() { ipn "$1" -o link | awk -v m="$2" 'index($0, "link/ether " m " ") { d = $2; sub(/:$/, "", d); sub(/@.*/, "", d); print d; exit }'; }
mac_of() { ipn "$1" -o link show dev "$2" | sed -n 's/.*link\/ether \([0-9a-f:]*\) .*/\1/p'; }
tmpname() { echo "v$(echo "$1" | tr -d :)"; }
# put the NIC with MAC $1 into namespace $2 as $3
place() {
  mac=$1 ns=$2 name=$3 at= dev=
  for n in - $(nslist); do dev=$(dev_of "$n" "$mac"); [ -n "$dev" ] && { at=$n; break; }; done
  [ -n "$at" ] || fail "no NIC with MAC $mac in this VM"
  if [ "$at" != "$ns" ] || [ "$dev" != "$name" ]; then
    tmp=$(tmpname "$mac")
    ipn "$at" link set dev "$dev" down || fail "cannot take $dev down"
    [ "$dev" = "$tmp" ] || ipn "$at" link set dev "$dev" name "$tmp" || fail "cannot rename $dev"
    [ "$at" = "$ns" ] || ipn "$at" link set dev "$tmp" netns "$ns" || fail "cannot move $tmp into $ns"
    other=$("$IP" -n "$ns" -o link show dev "$name" 2>/dev/null | wc -l)
    if [ "$other" -gt 0 ]; then
      o=$(mac_of "$ns" "$name"); "$IP" -n "$ns" link set dev "$name" down; "$IP" -n "$ns" link set dev "$name" name "$(tmpname "$o")" || fail "cannot move $name aside in $ns"
    fi
    "$IP" -n "$ns" link set dev "$tmp" name "$name" || fail "cannot name $tmp $name in $ns"
  fi
  "$IP" -n "$ns" link set dev "$name" up || fail "cannot bring $name up in $ns"
}
# namespace $1 holds only the NICs with the MACs $2… (and lo): others go back to the VM's own namespace
keep_only() {
  ns=$1; shift
  for d in $("$IP" -n "$ns" -o link | awk '{ d = $2; sub(/:$/, "", d); sub(/@.*/, "", d); print d }'); do
    [ "$d" = lo ] && continue
    m=$(mac_of "$ns" "$d"); keep=no
    for w in "$@"; do [ "$m" = "$w" ] && keep=yes; done
    [ $keep = yes ] && continue
    t=$(tmpname "$m"); "$IP" -n "$ns" link set dev "$d" down; "$IP" -n "$ns" link set dev "$d" name "$t" && "$IP" -n "$ns" link set dev "$t" netns 1 || fail "cannot move $d out of $ns"
  done
}
mkns() { nslist | grep -qxF "$1" || "$IP" netns add "$1" || fail "cannot create namespace $1"; "$IP" -n "$1" link set dev lo up || fail "cannot bring lo up in $1"; }
rmns() { nslist | grep -qxF "$1" || return 0; keep_only "$1"; "$IP" netns delete "$1" || fail "cannot delete namespace $1"; }
# the IPv4 address of $2 in $1 is exactly $3 (or none when empty)
addr() {
  cur=$("$IP" -n "$1" -4 -o addr show dev "$2" | awk '{ print $4 }')
  [ "$cur" = "$3" ] && return 0
  "$IP" -n "$1" -4 addr flush dev "$2" || fail "cannot flush $2 in $1"
  [ -z "$3" ] || "$IP" -n "$1" addr add "$3" dev "$2" || fail "cannot add $3 to $2 in $1"
}
route() {
  if [ -n "$2" ]; then "$IP" -n "$1" route replace default via "$2" || fail "cannot route $1 via $2"
  else "$IP" -n "$1" route del default 2>/dev/null || true; fi
}`;

/**
 * The setup of `hosts` inside their VM, removing the namespaces of `remove`
 * (hosts that left it) first. A host's NICs go in port order.
 */
export function hostSetupScript(hosts: TestHost[], remove: string[] = []): string {
  const q = shellQuoted;
  const lines = [FUNCTIONS];
  for (const name of remove) lines.push(`rmns ${q(name)}`);
  for (const h of hosts) lines.push(`mkns ${q(h.name)}`);
  for (const h of hosts) for (const i of h.interfaces) lines.push(`place ${q(i.mac)} ${q(h.name)} ${q(i.name)}`);
  for (const h of hosts) {
    lines.push(`keep_only ${[h.name, ...h.interfaces.map((i) => i.mac)].map(q).join(' ')}`);
    for (const i of h.interfaces) lines.push(`addr ${q(h.name)} ${q(i.name)} ${q(i.address ?? '')}`);
    lines.push(`route ${q(h.name)} ${q(h.gateway ?? '')}`);
  }
  return asRoot(lines.join('\n'));
}

/**
 * A command run inside a test host's namespace (`vmlab ssh host1 -- …`), in
 * the login shell; without a command, an interactive login shell there.
 */
export function netnsCommand(namespace: string, command: string | null): string {
  const inner = command === null ? 'exec "${SHELL:-/bin/sh}" -l' : command;
  const q = shellQuoted;
  const findIp =
    'IP=; for c in /sbin/ip /usr/sbin/ip /bin/ip /usr/bin/ip; do [ -x "$c" ] && "$c" netns list >/dev/null 2>&1 && { IP=$c; break; }; done; ' +
    '[ -n "$IP" ] || { echo "vmlab: no ip with netns support in this VM (install iproute2)" >&2; exit 127; }';
  const enter = '"$IP" netns exec "$N" "${SHELL:-/bin/sh}" -c "$S"';
  return `S=${q(inner)}; N=${q(namespace)}; ${findIp}; if [ "$(id -u)" -eq 0 ]; then exec ${enter}; else exec sudo -n ${enter}; fi`;
}
