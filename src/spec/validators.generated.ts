// @ts-nocheck
// Generated from schemas.ts by `npm run gen:validators` (src/spec/validator-source.ts). Do not edit.

export const validateTopology = validate10;
const schema11 = {"type":"object","required":["devices"],"properties":{"devices":{"type":"object","additionalProperties":{"type":"object","properties":{"interfaces":{"type":"object","additionalProperties":{"type":"object","properties":{"link":{"type":"string"}}}}}}},"links":{"type":"array","items":{"type":"object","required":["a","z"],"properties":{"a":{"type":"string"},"z":{"type":"string"}}}},"vmlab":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"."},"link_port_base":{"type":"integer","minimum":1,"maximum":65535},"console_port_base":{"type":"integer","minimum":1,"maximum":65535},"ssh_port_base":{"type":"integer","minimum":1,"maximum":65535},"hosts":{"type":"object","additionalProperties":{"type":"string","pattern":"."}},"default_host":{"type":"string"},"default_platform":{"type":"string"},"link_transport":{"enum":["tcp","udp"]},"allow_privileged_ports":{"type":"boolean"},"host_vms":{"enum":["per-server","per-host"]}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp(".", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.devices === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "devices"},message:"must have required property '"+"devices"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.devices !== undefined){
let data0 = data.devices;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
let data1 = data0[key0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.interfaces !== undefined){
let data2 = data1.interfaces;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.link !== undefined){
let data4 = data3.link;
if(typeof data4 !== "string"){
const err1 = {instancePath:instancePath+"/devices/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/interfaces/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/link",schemaPath:"#/properties/devices/additionalProperties/properties/interfaces/additionalProperties/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.devices.additionalProperties.properties.interfaces.additionalProperties.properties.link.type,parentSchema:schema11.properties.devices.additionalProperties.properties.interfaces.additionalProperties.properties.link,data:data4};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/devices/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/interfaces/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/devices/additionalProperties/properties/interfaces/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.devices.additionalProperties.properties.interfaces.additionalProperties.type,parentSchema:schema11.properties.devices.additionalProperties.properties.interfaces.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/devices/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/interfaces",schemaPath:"#/properties/devices/additionalProperties/properties/interfaces/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.devices.additionalProperties.properties.interfaces.type,parentSchema:schema11.properties.devices.additionalProperties.properties.interfaces,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/devices/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/devices/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.devices.additionalProperties.type,parentSchema:schema11.properties.devices.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.devices.type,parentSchema:schema11.properties.devices,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.links !== undefined){
let data5 = data.links;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.a === undefined){
const err6 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data6.z === undefined){
const err7 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "z"},message:"must have required property '"+"z"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6.a !== undefined){
let data7 = data6.a;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/links/" + i0+"/a",schemaPath:"#/properties/links/items/properties/a/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.links.items.properties.a.type,parentSchema:schema11.properties.links.items.properties.a,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.z !== undefined){
let data8 = data6.z;
if(typeof data8 !== "string"){
const err9 = {instancePath:instancePath+"/links/" + i0+"/z",schemaPath:"#/properties/links/items/properties/z/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.links.items.properties.z.type,parentSchema:schema11.properties.links.items.properties.z,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.links.items.type,parentSchema:schema11.properties.links.items,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.links.type,parentSchema:schema11.properties.links,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.vmlab !== undefined){
let data9 = data.vmlab;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(func2.call(schema11.properties.vmlab.properties, key2))){
const err12 = {instancePath:instancePath+"/vmlab",schemaPath:"#/properties/vmlab/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.vmlab,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err13 = {instancePath:instancePath+"/vmlab/name",schemaPath:"#/properties/vmlab/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.name,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/vmlab/name",schemaPath:"#/properties/vmlab/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.name.type,parentSchema:schema11.properties.vmlab.properties.name,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.link_port_base !== undefined){
let data11 = data9.link_port_base;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err15 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.link_port_base.type,parentSchema:schema11.properties.vmlab.properties.link_port_base,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 65535 || isNaN(data11)){
const err16 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.vmlab.properties.link_port_base,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err17 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.link_port_base,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data9.console_port_base !== undefined){
let data12 = data9.console_port_base;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err18 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.console_port_base.type,parentSchema:schema11.properties.vmlab.properties.console_port_base,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 65535 || isNaN(data12)){
const err19 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.vmlab.properties.console_port_base,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.console_port_base,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data9.ssh_port_base !== undefined){
let data13 = data9.ssh_port_base;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err21 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.ssh_port_base.type,parentSchema:schema11.properties.vmlab.properties.ssh_port_base,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 65535 || isNaN(data13)){
const err22 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.vmlab.properties.ssh_port_base,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err23 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.ssh_port_base,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data9.hosts !== undefined){
let data14 = data9.hosts;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
let data15 = data14[key3];
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err24 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/vmlab/hosts",schemaPath:"#/properties/vmlab/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vmlab.properties.hosts.type,parentSchema:schema11.properties.vmlab.properties.hosts,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.default_host !== undefined){
let data16 = data9.default_host;
if(typeof data16 !== "string"){
const err27 = {instancePath:instancePath+"/vmlab/default_host",schemaPath:"#/properties/vmlab/properties/default_host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.default_host.type,parentSchema:schema11.properties.vmlab.properties.default_host,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.default_platform !== undefined){
let data17 = data9.default_platform;
if(typeof data17 !== "string"){
const err28 = {instancePath:instancePath+"/vmlab/default_platform",schemaPath:"#/properties/vmlab/properties/default_platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.default_platform.type,parentSchema:schema11.properties.vmlab.properties.default_platform,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.link_transport !== undefined){
let data18 = data9.link_transport;
if(!((data18 === "tcp") || (data18 === "udp"))){
const err29 = {instancePath:instancePath+"/vmlab/link_transport",schemaPath:"#/properties/vmlab/properties/link_transport/enum",keyword:"enum",params:{allowedValues: schema11.properties.vmlab.properties.link_transport.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vmlab.properties.link_transport.enum,parentSchema:schema11.properties.vmlab.properties.link_transport,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.allow_privileged_ports !== undefined){
let data19 = data9.allow_privileged_ports;
if(typeof data19 !== "boolean"){
const err30 = {instancePath:instancePath+"/vmlab/allow_privileged_ports",schemaPath:"#/properties/vmlab/properties/allow_privileged_ports/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.vmlab.properties.allow_privileged_ports.type,parentSchema:schema11.properties.vmlab.properties.allow_privileged_ports,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.host_vms !== undefined){
let data20 = data9.host_vms;
if(!((data20 === "per-server") || (data20 === "per-host"))){
const err31 = {instancePath:instancePath+"/vmlab/host_vms",schemaPath:"#/properties/vmlab/properties/host_vms/enum",keyword:"enum",params:{allowedValues: schema11.properties.vmlab.properties.host_vms.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vmlab.properties.host_vms.enum,parentSchema:schema11.properties.vmlab.properties.host_vms,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/vmlab",schemaPath:"#/properties/vmlab/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vmlab.type,parentSchema:schema11.properties.vmlab,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validatePlatforms = validate11;
const schema12 = {"type":"object","required":["platforms"],"properties":{"platforms":{"type":"object","additionalProperties":{"type":"object","properties":{"vm_image":{"type":"string","pattern":"."},"vm_memory":{"type":"integer","minimum":1},"vm_cpus":{"type":"integer","minimum":1},"vm_nic_driver":{"enum":["e1000","e1000e","virtio-net-pci","rtl8139","vmxnet3","i82559er"]},"vm_interface_map":{"enum":["sequential","stride-4","custom","linux"]},"vm_interface_custom_map":{"type":"object","additionalProperties":{"type":"integer","minimum":1}},"vm_cpu_features":{"type":"string"},"vm_credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"vm_boot_timeout":{"type":"integer","minimum":1},"vm_console_bootstrap":{"type":"array","items":{"type":"object","required":["expect","send"],"additionalProperties":false,"properties":{"expect":{"type":"string"},"send":{"type":"string"}}}},"port_count":{"type":"integer","minimum":1},"device_type":{"type":"string"}}}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.platforms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "platforms"},message:"must have required property '"+"platforms"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.platforms !== undefined){
let data0 = data.platforms;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
let data1 = data0[key0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.vm_image !== undefined){
let data2 = data1.vm_image;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err1 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_image",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_image/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_image,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_image",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.vm_image.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_image,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.vm_memory !== undefined){
let data3 = data1.vm_memory;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err3 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_memory",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.platforms.additionalProperties.properties.vm_memory.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_memory,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 1 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_memory",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_memory,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data1.vm_cpus !== undefined){
let data4 = data1.vm_cpus;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err5 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpus",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.platforms.additionalProperties.properties.vm_cpus.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_cpus,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 1 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpus",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_cpus,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data1.vm_nic_driver !== undefined){
let data5 = data1.vm_nic_driver;
if(!((((((data5 === "e1000") || (data5 === "e1000e")) || (data5 === "virtio-net-pci")) || (data5 === "rtl8139")) || (data5 === "vmxnet3")) || (data5 === "i82559er"))){
const err7 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_nic_driver",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_nic_driver/enum",keyword:"enum",params:{allowedValues: schema12.properties.platforms.additionalProperties.properties.vm_nic_driver.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.platforms.additionalProperties.properties.vm_nic_driver.enum,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_nic_driver,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.vm_interface_map !== undefined){
let data6 = data1.vm_interface_map;
if(!((((data6 === "sequential") || (data6 === "stride-4")) || (data6 === "custom")) || (data6 === "linux"))){
const err8 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_map",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_map/enum",keyword:"enum",params:{allowedValues: schema12.properties.platforms.additionalProperties.properties.vm_interface_map.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.platforms.additionalProperties.properties.vm_interface_map.enum,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_interface_map,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.vm_interface_custom_map !== undefined){
let data7 = data1.vm_interface_custom_map;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err9 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 < 1 || isNaN(data8)){
const err10 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.platforms.additionalProperties.properties.vm_interface_custom_map.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_interface_custom_map,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.vm_cpu_features !== undefined){
let data9 = data1.vm_cpu_features;
if(typeof data9 !== "string"){
const err12 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpu_features",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpu_features/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.vm_cpu_features.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_cpu_features,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.vm_credentials !== undefined){
let data10 = data1.vm_credentials;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.user !== undefined){
let data11 = data10.user;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_credentials/user",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.vm_credentials.properties.user.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_credentials.properties.user,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data10.pass !== undefined){
let data12 = data10.pass;
if(typeof data12 !== "string"){
const err14 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_credentials/pass",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.vm_credentials.properties.pass.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_credentials.properties.pass,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_credentials",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.platforms.additionalProperties.properties.vm_credentials.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_credentials,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.vm_boot_timeout !== undefined){
let data13 = data1.vm_boot_timeout;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err16 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_boot_timeout",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_boot_timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.platforms.additionalProperties.properties.vm_boot_timeout.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_boot_timeout,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 1 || isNaN(data13)){
const err17 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_boot_timeout",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_boot_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_boot_timeout,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data1.vm_console_bootstrap !== undefined){
let data14 = data1.vm_console_bootstrap;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.expect === undefined){
const err18 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/required",keyword:"required",params:{missingProperty: "expect"},message:"must have required property '"+"expect"+"'",schema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.required,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data15.send === undefined){
const err19 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/required",keyword:"required",params:{missingProperty: "send"},message:"must have required property '"+"send"+"'",schema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.required,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data15){
if(!((key2 === "expect") || (key2 === "send"))){
const err20 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data15.expect !== undefined){
let data16 = data15.expect;
if(typeof data16 !== "string"){
const err21 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i0+"/expect",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/properties/expect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.expect.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.expect,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data15.send !== undefined){
let data17 = data15.send;
if(typeof data17 !== "string"){
const err22 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i0+"/send",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/properties/send/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.send.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.send,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.vm_console_bootstrap,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.port_count !== undefined){
let data18 = data1.port_count;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err25 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/port_count",schemaPath:"#/properties/platforms/additionalProperties/properties/port_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.platforms.additionalProperties.properties.port_count.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.port_count,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 < 1 || isNaN(data18)){
const err26 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/port_count",schemaPath:"#/properties/platforms/additionalProperties/properties/port_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.platforms.additionalProperties.properties.port_count,data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data1.device_type !== undefined){
let data19 = data1.device_type;
if(typeof data19 !== "string"){
const err27 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/device_type",schemaPath:"#/properties/platforms/additionalProperties/properties/device_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platforms.additionalProperties.properties.device_type.type,parentSchema:schema12.properties.platforms.additionalProperties.properties.device_type,data:data19};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.platforms.additionalProperties.type,parentSchema:schema12.properties.platforms.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.platforms.type,parentSchema:schema12.properties.platforms,data:data0};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateProfile = validate12;
const schema13 = {"type":"object","properties":{"platform":{"type":"string"},"ssh_user":{"type":"string"},"ssh_pass":{"type":"string"},"vm_image":{"type":"string","pattern":"."},"vm_memory":{"type":"integer","minimum":1},"vm_cpus":{"type":"integer","minimum":1},"vm_host":{"type":"string"},"host_ip":{"type":"string"},"host_gateway":{"type":"string"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.platform !== undefined){
let data0 = data.platform;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platform.type,parentSchema:schema13.properties.platform,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ssh_user !== undefined){
let data1 = data.ssh_user;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/ssh_user",schemaPath:"#/properties/ssh_user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.ssh_user.type,parentSchema:schema13.properties.ssh_user,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ssh_pass !== undefined){
let data2 = data.ssh_pass;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/ssh_pass",schemaPath:"#/properties/ssh_pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.ssh_pass.type,parentSchema:schema13.properties.ssh_pass,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.vm_image !== undefined){
let data3 = data.vm_image;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err3 = {instancePath:instancePath+"/vm_image",schemaPath:"#/properties/vm_image/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema13.properties.vm_image,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/vm_image",schemaPath:"#/properties/vm_image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.vm_image.type,parentSchema:schema13.properties.vm_image,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.vm_memory !== undefined){
let data4 = data.vm_memory;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err5 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.vm_memory.type,parentSchema:schema13.properties.vm_memory,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 1 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.vm_memory,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.vm_cpus !== undefined){
let data5 = data.vm_cpus;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err7 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.vm_cpus.type,parentSchema:schema13.properties.vm_cpus,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 1 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.vm_cpus,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.vm_host !== undefined){
let data6 = data.vm_host;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/vm_host",schemaPath:"#/properties/vm_host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.vm_host.type,parentSchema:schema13.properties.vm_host,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.host_ip !== undefined){
let data7 = data.host_ip;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/host_ip",schemaPath:"#/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.host_ip.type,parentSchema:schema13.properties.host_ip,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.host_gateway !== undefined){
let data8 = data.host_gateway;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/host_gateway",schemaPath:"#/properties/host_gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.host_gateway.type,parentSchema:schema13.properties.host_gateway,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

