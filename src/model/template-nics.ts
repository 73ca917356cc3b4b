/**
 * The NICs of a warm-start template. A clone restored from a template keeps
 * the template's MACs (virtio-net's MAC is part of the saved device state,
 * measured), so a template's MACs are fixed: NIC i of every template has
 * `52:76:6d:00:HH:LL` (locally administered, "vm" in the middle), and the
 * re-identification of a clone finds each data NIC by it. The management NIC
 * keeps it: it sits behind its own QEMU user network, never on a shared wire.
 */
export function templateMac(index: number): string {
  const hi = (index >> 8) & 0xff;
  const lo = index & 0xff;
  return ['52', '76', '6d', '00', hi.toString(16).padStart(2, '0'), lo.toString(16).padStart(2, '0')].join(':');
}
