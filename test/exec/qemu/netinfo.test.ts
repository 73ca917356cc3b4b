import { socketStates } from '../../../src/exec/qemu/netinfo.js';

// Output of HMP "info network" as QEMU 7.2 prints it (captured from a running VM).
const sample = [
  'nic0: index=0,type=nic,model=e1000,macaddr=52:95:c5:fc:18:74',
  ' \\ mgmt: index=0,type=user,net=10.0.2.0,restrict=off',
  'nic1: index=0,type=nic,model=e1000,macaddr=52:0f:37:2c:7b:a5',
  ' \\ net1: index=0,type=socket,socket: connect to 127.0.0.1:20000',
  'nic2: index=0,type=nic,model=e1000,macaddr=52:0f:37:2c:7b:a6',
  ' \\ net2: index=0,type=socket,',
  'nic3: index=0,type=nic,model=e1000,macaddr=52:0f:37:2c:7b:a7',
  ' \\ net3: index=0,type=socket,socket: connection from 127.0.0.1:51234',
  '',
].join('\r\n');

test('connected sockets are up, empty ones are down, other netdevs are not listed', () => {
  expect([...socketStates(sample)]).toEqual([
    ['net1', 'up'],
    ['net2', 'down'],
    ['net3', 'up'],
  ]);
});
