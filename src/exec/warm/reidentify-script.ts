import { templateMac } from '../../model/template-nics.js';
import type { DesiredNode } from '../../model/types.js';

/**
 * The built-in re-identification of a Linux clone (any of these steps a
 * guest cannot do is skipped, not failed): each data NIC, found by its
 * template MAC, gets the MAC vmlab planned; the hostname becomes the node's
 * name; SSH host keys are made anew (dropbear or OpenSSH) and the SSH server
 * restarted so it serves them. Runs as root or through `sudo -n`.
 */
export const LINUX_REIDENTIFY: readonly string[] = [
  'SUDO=; [ "$(id -u)" = 0 ] || SUDO="sudo -n"',
  'for d in /sys/class/net/*; do [ "$(cat "$d/address" 2>/dev/null)" = "{template_mac}" ] && $SUDO ip link set dev "${d##*/}" address {mac}; done; true',
  '$SUDO hostname {hostname}',
  '(echo {hostname} | $SUDO tee /etc/hostname >/dev/null) 2>/dev/null; true',
  // dropbear: new keys of the types there are, then its listener restarts (the dropbear whose parent is no dropbear:
  // sessions are its children and stay); whatever runs it (init, a loop) starts it again with the new keys.
  'if command -v dropbearkey >/dev/null 2>&1 && [ -d /etc/dropbear ]; then for f in /etc/dropbear/dropbear_*_host_key; do [ -e "$f" ] || continue; t=${f#/etc/dropbear/dropbear_}; t=${t%_host_key}; $SUDO rm -f "$f"; $SUDO dropbearkey -t "$t" -f "$f" >/dev/null 2>&1; done; for p in $(pidof dropbear); do pp=$(cut -d" " -f4 /proc/$p/stat); [ "$(cat /proc/$pp/comm 2>/dev/null)" = dropbear ] || $SUDO kill "$p"; done; fi; true',
  'if command -v ssh-keygen >/dev/null 2>&1 && ls /etc/ssh/ssh_host_*_key >/dev/null 2>&1; then $SUDO rm -f /etc/ssh/ssh_host_*; $SUDO ssh-keygen -A >/dev/null 2>&1; ($SUDO systemctl reload ssh || $SUDO systemctl reload sshd) >/dev/null 2>&1; fi; true',
];

/** Placeholders that make a command repeat once per data NIC. */
const PER_NIC = /\{(mac|template_mac|nic)\}/;

/**
 * The re-identification as one shell script: the platform's steps
 * (vm_reidentify) or the built-in ones, placeholders filled in. A step that
 * names `{mac}`, `{template_mac}` or `{nic}` runs once per data NIC (fillers
 * included: every NIC of a clone has its template's MAC); `{hostname}` is the
 * node's name. The script stops at the first step that fails.
 */
export function reidentifyScript(node: DesiredNode): string {
  const steps = node.warm?.reidentify ?? LINUX_REIDENTIFY;
  const lines: string[] = ['set -e'];
  for (const step of steps) {
    const named = step.replaceAll('{hostname}', node.name);
    if (!PER_NIC.test(named)) {
      lines.push(named);
      continue;
    }
    for (const nic of node.nics.filter((n) => n.index > 0)) {
      lines.push(named.replaceAll('{mac}', nic.mac).replaceAll('{template_mac}', templateMac(nic.index)).replaceAll('{nic}', String(nic.index)));
    }
  }
  return `${lines.join('\n')}\n`;
}
