// @ts-nocheck
// Generated from schemas.ts by `npm run gen:validators` (src/specs/validator-source.ts). Do not edit.

export const validateTopology = validate10;
const schema11 = {"type":"object","required":["devices"],"properties":{"devices":{"type":"object","additionalProperties":{"type":"object","properties":{"interfaces":{"type":"object","additionalProperties":{"type":"object","properties":{"link":{"type":"string"}}}}}}},"links":{"type":"array","items":{"type":"object","required":["a","z"],"properties":{"a":{"type":"string"},"z":{"type":"string"}}}},"platform":{"type":"string"},"vmlab":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"."},"link_port_base":{"type":"integer","minimum":1,"maximum":65535},"console_port_base":{"type":"integer","minimum":1,"maximum":65535},"ssh_port_base":{"type":"integer","minimum":1,"maximum":65535},"hosts":{"type":"object","additionalProperties":{"type":["string","object"],"pattern":".","required":["address"],"additionalProperties":false,"properties":{"address":{"type":"string","pattern":"."},"ssh":{"type":"string","pattern":"."},"vmlab":{"type":"string","pattern":"."},"max_nodes":{"type":"integer","minimum":1,"maximum":9007199254740991},"cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"memory_mb":{"type":"integer","minimum":1,"maximum":9007199254740991}}}},"default_host":{"type":"string"},"default_platform":{"type":"string"},"link_transport":{"enum":["tcp","udp"]},"allow_privileged_ports":{"type":"boolean"},"host_vms":{"enum":["per-server","per-host"]},"warm_start":{"type":"boolean"},"impairments":{"type":"object"}}},"newtlab":{"type":"object","properties":{"link_port_base":{"type":"integer","minimum":1,"maximum":65535},"console_port_base":{"type":"integer","minimum":1,"maximum":65535},"ssh_port_base":{"type":"integer","minimum":1,"maximum":65535},"hosts":{"type":"object","additionalProperties":{"type":["string","object"],"pattern":".","required":["address"],"additionalProperties":false,"properties":{"address":{"type":"string","pattern":"."},"ssh":{"type":"string","pattern":"."},"vmlab":{"type":"string","pattern":"."},"max_nodes":{"type":"integer","minimum":1,"maximum":9007199254740991},"cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"memory_mb":{"type":"integer","minimum":1,"maximum":9007199254740991}}}},"servers":{"type":"array","items":{"type":"object","required":["name","address"],"properties":{"name":{"type":"string","pattern":"."},"address":{"type":"string","pattern":"."},"max_nodes":{"type":"integer","minimum":1,"maximum":9007199254740991},"cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"memory_mb":{"type":"integer","minimum":1,"maximum":9007199254740991}}}}}}}};
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
if(data.platform !== undefined){
let data9 = data.platform;
if(typeof data9 !== "string"){
const err12 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.platform.type,parentSchema:schema11.properties.platform,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.vmlab !== undefined){
let data10 = data.vmlab;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!(func2.call(schema11.properties.vmlab.properties, key2))){
const err13 = {instancePath:instancePath+"/vmlab",schemaPath:"#/properties/vmlab/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.vmlab,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err14 = {instancePath:instancePath+"/vmlab/name",schemaPath:"#/properties/vmlab/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.name,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/vmlab/name",schemaPath:"#/properties/vmlab/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.name.type,parentSchema:schema11.properties.vmlab.properties.name,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.link_port_base !== undefined){
let data12 = data10.link_port_base;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err16 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.link_port_base.type,parentSchema:schema11.properties.vmlab.properties.link_port_base,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 65535 || isNaN(data12)){
const err17 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.vmlab.properties.link_port_base,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err18 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.link_port_base,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data10.console_port_base !== undefined){
let data13 = data10.console_port_base;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err19 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.console_port_base.type,parentSchema:schema11.properties.vmlab.properties.console_port_base,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 65535 || isNaN(data13)){
const err20 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.vmlab.properties.console_port_base,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err21 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.console_port_base,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data10.ssh_port_base !== undefined){
let data14 = data10.ssh_port_base;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err22 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.ssh_port_base.type,parentSchema:schema11.properties.vmlab.properties.ssh_port_base,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 65535 || isNaN(data14)){
const err23 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.vmlab.properties.ssh_port_base,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.ssh_port_base,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data10.hosts !== undefined){
let data15 = data10.hosts;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
let data16 = data15[key3];
if((typeof data16 !== "string") && (!(data16 && typeof data16 == "object" && !Array.isArray(data16)))){
const err25 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/type",keyword:"type",params:{type: schema11.properties.vmlab.properties.hosts.additionalProperties.type},message:"must be string,object",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err26 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.address === undefined){
const err27 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.required,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key4 in data16){
if(!((((((key4 === "address") || (key4 === "ssh")) || (key4 === "vmlab")) || (key4 === "max_nodes")) || (key4 === "cpus")) || (key4 === "memory_mb"))){
const err28 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.address !== undefined){
let data17 = data16.address;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err29 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/address/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.address,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.address.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.address,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.ssh !== undefined){
let data18 = data16.ssh;
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
const err31 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/ssh/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.ssh,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/ssh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.ssh.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.ssh,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.vmlab !== undefined){
let data19 = data16.vmlab;
if(typeof data19 === "string"){
if(!pattern0.test(data19)){
const err33 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/vmlab/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.vmlab,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/vmlab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.vmlab.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.vmlab,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data16.max_nodes !== undefined){
let data20 = data16.max_nodes;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err35 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/max_nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 > 9007199254740991 || isNaN(data20)){
const err36 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/max_nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err37 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/max_nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data16.cpus !== undefined){
let data21 = data16.cpus;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err38 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.cpus.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.cpus,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 > 9007199254740991 || isNaN(data21)){
const err39 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.cpus,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err40 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.cpus,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data16.memory_mb !== undefined){
let data22 = data16.memory_mb;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err41 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb.type,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 > 9007199254740991 || isNaN(data22)){
const err42 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/memory_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err43 = {instancePath:instancePath+"/vmlab/hosts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/vmlab/hosts",schemaPath:"#/properties/vmlab/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vmlab.properties.hosts.type,parentSchema:schema11.properties.vmlab.properties.hosts,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data10.default_host !== undefined){
let data23 = data10.default_host;
if(typeof data23 !== "string"){
const err45 = {instancePath:instancePath+"/vmlab/default_host",schemaPath:"#/properties/vmlab/properties/default_host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.default_host.type,parentSchema:schema11.properties.vmlab.properties.default_host,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data10.default_platform !== undefined){
let data24 = data10.default_platform;
if(typeof data24 !== "string"){
const err46 = {instancePath:instancePath+"/vmlab/default_platform",schemaPath:"#/properties/vmlab/properties/default_platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vmlab.properties.default_platform.type,parentSchema:schema11.properties.vmlab.properties.default_platform,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data10.link_transport !== undefined){
let data25 = data10.link_transport;
if(!((data25 === "tcp") || (data25 === "udp"))){
const err47 = {instancePath:instancePath+"/vmlab/link_transport",schemaPath:"#/properties/vmlab/properties/link_transport/enum",keyword:"enum",params:{allowedValues: schema11.properties.vmlab.properties.link_transport.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vmlab.properties.link_transport.enum,parentSchema:schema11.properties.vmlab.properties.link_transport,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data10.allow_privileged_ports !== undefined){
let data26 = data10.allow_privileged_ports;
if(typeof data26 !== "boolean"){
const err48 = {instancePath:instancePath+"/vmlab/allow_privileged_ports",schemaPath:"#/properties/vmlab/properties/allow_privileged_ports/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.vmlab.properties.allow_privileged_ports.type,parentSchema:schema11.properties.vmlab.properties.allow_privileged_ports,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data10.host_vms !== undefined){
let data27 = data10.host_vms;
if(!((data27 === "per-server") || (data27 === "per-host"))){
const err49 = {instancePath:instancePath+"/vmlab/host_vms",schemaPath:"#/properties/vmlab/properties/host_vms/enum",keyword:"enum",params:{allowedValues: schema11.properties.vmlab.properties.host_vms.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vmlab.properties.host_vms.enum,parentSchema:schema11.properties.vmlab.properties.host_vms,data:data27};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data10.warm_start !== undefined){
let data28 = data10.warm_start;
if(typeof data28 !== "boolean"){
const err50 = {instancePath:instancePath+"/vmlab/warm_start",schemaPath:"#/properties/vmlab/properties/warm_start/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.vmlab.properties.warm_start.type,parentSchema:schema11.properties.vmlab.properties.warm_start,data:data28};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data10.impairments !== undefined){
let data29 = data10.impairments;
if(!(data29 && typeof data29 == "object" && !Array.isArray(data29))){
const err51 = {instancePath:instancePath+"/vmlab/impairments",schemaPath:"#/properties/vmlab/properties/impairments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vmlab.properties.impairments.type,parentSchema:schema11.properties.vmlab.properties.impairments,data:data29};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/vmlab",schemaPath:"#/properties/vmlab/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vmlab.type,parentSchema:schema11.properties.vmlab,data:data10};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.newtlab !== undefined){
let data30 = data.newtlab;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.link_port_base !== undefined){
let data31 = data30.link_port_base;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err53 = {instancePath:instancePath+"/newtlab/link_port_base",schemaPath:"#/properties/newtlab/properties/link_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.link_port_base.type,parentSchema:schema11.properties.newtlab.properties.link_port_base,data:data31};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(typeof data31 == "number"){
if(data31 > 65535 || isNaN(data31)){
const err54 = {instancePath:instancePath+"/newtlab/link_port_base",schemaPath:"#/properties/newtlab/properties/link_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.newtlab.properties.link_port_base,data:data31};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err55 = {instancePath:instancePath+"/newtlab/link_port_base",schemaPath:"#/properties/newtlab/properties/link_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.link_port_base,data:data31};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data30.console_port_base !== undefined){
let data32 = data30.console_port_base;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
const err56 = {instancePath:instancePath+"/newtlab/console_port_base",schemaPath:"#/properties/newtlab/properties/console_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.console_port_base.type,parentSchema:schema11.properties.newtlab.properties.console_port_base,data:data32};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(typeof data32 == "number"){
if(data32 > 65535 || isNaN(data32)){
const err57 = {instancePath:instancePath+"/newtlab/console_port_base",schemaPath:"#/properties/newtlab/properties/console_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.newtlab.properties.console_port_base,data:data32};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err58 = {instancePath:instancePath+"/newtlab/console_port_base",schemaPath:"#/properties/newtlab/properties/console_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.console_port_base,data:data32};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data30.ssh_port_base !== undefined){
let data33 = data30.ssh_port_base;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err59 = {instancePath:instancePath+"/newtlab/ssh_port_base",schemaPath:"#/properties/newtlab/properties/ssh_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.ssh_port_base.type,parentSchema:schema11.properties.newtlab.properties.ssh_port_base,data:data33};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data33 == "number"){
if(data33 > 65535 || isNaN(data33)){
const err60 = {instancePath:instancePath+"/newtlab/ssh_port_base",schemaPath:"#/properties/newtlab/properties/ssh_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.newtlab.properties.ssh_port_base,data:data33};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err61 = {instancePath:instancePath+"/newtlab/ssh_port_base",schemaPath:"#/properties/newtlab/properties/ssh_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.ssh_port_base,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data30.hosts !== undefined){
let data34 = data30.hosts;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key5 in data34){
let data35 = data34[key5];
if((typeof data35 !== "string") && (!(data35 && typeof data35 == "object" && !Array.isArray(data35)))){
const err62 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/type",keyword:"type",params:{type: schema11.properties.newtlab.properties.hosts.additionalProperties.type},message:"must be string,object",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data35 === "string"){
if(!pattern0.test(data35)){
const err63 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.address === undefined){
const err64 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.required,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key6 in data35){
if(!((((((key6 === "address") || (key6 === "ssh")) || (key6 === "vmlab")) || (key6 === "max_nodes")) || (key6 === "cpus")) || (key6 === "memory_mb"))){
const err65 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data35.address !== undefined){
let data36 = data35.address;
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
const err66 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/address/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.address,data:data36};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.address.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.address,data:data36};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data35.ssh !== undefined){
let data37 = data35.ssh;
if(typeof data37 === "string"){
if(!pattern0.test(data37)){
const err68 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/ssh/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.ssh,data:data37};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/ssh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.ssh.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.ssh,data:data37};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.vmlab !== undefined){
let data38 = data35.vmlab;
if(typeof data38 === "string"){
if(!pattern0.test(data38)){
const err70 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/vmlab/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.vmlab,data:data38};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/vmlab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.vmlab.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.vmlab,data:data38};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data35.max_nodes !== undefined){
let data39 = data35.max_nodes;
if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){
const err72 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/max_nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes,data:data39};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data39 == "number"){
if(data39 > 9007199254740991 || isNaN(data39)){
const err73 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/max_nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes,data:data39};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err74 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/max_nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes,data:data39};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data35.cpus !== undefined){
let data40 = data35.cpus;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err75 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.cpus.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.cpus,data:data40};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(typeof data40 == "number"){
if(data40 > 9007199254740991 || isNaN(data40)){
const err76 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.cpus,data:data40};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data40 < 1 || isNaN(data40)){
const err77 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.cpus,data:data40};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data35.memory_mb !== undefined){
let data41 = data35.memory_mb;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err78 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb.type,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb,data:data41};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(typeof data41 == "number"){
if(data41 > 9007199254740991 || isNaN(data41)){
const err79 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/memory_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb,data:data41};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data41 < 1 || isNaN(data41)){
const err80 = {instancePath:instancePath+"/newtlab/hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb,data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
}
}
}
else {
const err81 = {instancePath:instancePath+"/newtlab/hosts",schemaPath:"#/properties/newtlab/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.newtlab.properties.hosts.type,parentSchema:schema11.properties.newtlab.properties.hosts,data:data34};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data30.servers !== undefined){
let data42 = data30.servers;
if(Array.isArray(data42)){
const len1 = data42.length;
for(let i1=0; i1<len1; i1++){
let data43 = data42[i1];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.name === undefined){
const err82 = {instancePath:instancePath+"/newtlab/servers/" + i1,schemaPath:"#/properties/newtlab/properties/servers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.newtlab.properties.servers.items.required,parentSchema:schema11.properties.newtlab.properties.servers.items,data:data43};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data43.address === undefined){
const err83 = {instancePath:instancePath+"/newtlab/servers/" + i1,schemaPath:"#/properties/newtlab/properties/servers/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema11.properties.newtlab.properties.servers.items.required,parentSchema:schema11.properties.newtlab.properties.servers.items,data:data43};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data43.name !== undefined){
let data44 = data43.name;
if(typeof data44 === "string"){
if(!pattern0.test(data44)){
const err84 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/name",schemaPath:"#/properties/newtlab/properties/servers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.newtlab.properties.servers.items.properties.name,data:data44};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/name",schemaPath:"#/properties/newtlab/properties/servers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.newtlab.properties.servers.items.properties.name.type,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.name,data:data44};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data43.address !== undefined){
let data45 = data43.address;
if(typeof data45 === "string"){
if(!pattern0.test(data45)){
const err86 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/address",schemaPath:"#/properties/newtlab/properties/servers/items/properties/address/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema11.properties.newtlab.properties.servers.items.properties.address,data:data45};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/address",schemaPath:"#/properties/newtlab/properties/servers/items/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.newtlab.properties.servers.items.properties.address.type,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.address,data:data45};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data43.max_nodes !== undefined){
let data46 = data43.max_nodes;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err88 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/max_nodes",schemaPath:"#/properties/newtlab/properties/servers/items/properties/max_nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.servers.items.properties.max_nodes.type,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.max_nodes,data:data46};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(typeof data46 == "number"){
if(data46 > 9007199254740991 || isNaN(data46)){
const err89 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/max_nodes",schemaPath:"#/properties/newtlab/properties/servers/items/properties/max_nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.max_nodes,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data46 < 1 || isNaN(data46)){
const err90 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/max_nodes",schemaPath:"#/properties/newtlab/properties/servers/items/properties/max_nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.max_nodes,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
if(data43.cpus !== undefined){
let data47 = data43.cpus;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
const err91 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/cpus",schemaPath:"#/properties/newtlab/properties/servers/items/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.servers.items.properties.cpus.type,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.cpus,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(typeof data47 == "number"){
if(data47 > 9007199254740991 || isNaN(data47)){
const err92 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/cpus",schemaPath:"#/properties/newtlab/properties/servers/items/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.cpus,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data47 < 1 || isNaN(data47)){
const err93 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/cpus",schemaPath:"#/properties/newtlab/properties/servers/items/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.cpus,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
if(data43.memory_mb !== undefined){
let data48 = data43.memory_mb;
if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){
const err94 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/memory_mb",schemaPath:"#/properties/newtlab/properties/servers/items/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.newtlab.properties.servers.items.properties.memory_mb.type,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.memory_mb,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(typeof data48 == "number"){
if(data48 > 9007199254740991 || isNaN(data48)){
const err95 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/memory_mb",schemaPath:"#/properties/newtlab/properties/servers/items/properties/memory_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.memory_mb,data:data48};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data48 < 1 || isNaN(data48)){
const err96 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/memory_mb",schemaPath:"#/properties/newtlab/properties/servers/items/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.newtlab.properties.servers.items.properties.memory_mb,data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
}
else {
const err97 = {instancePath:instancePath+"/newtlab/servers/" + i1,schemaPath:"#/properties/newtlab/properties/servers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.newtlab.properties.servers.items.type,parentSchema:schema11.properties.newtlab.properties.servers.items,data:data43};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/newtlab/servers",schemaPath:"#/properties/newtlab/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.newtlab.properties.servers.type,parentSchema:schema11.properties.newtlab.properties.servers,data:data42};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/newtlab",schemaPath:"#/properties/newtlab/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.newtlab.type,parentSchema:schema11.properties.newtlab,data:data30};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateNetworkTopology = validate11;
const schema12 = {"type":"object","required":["nodes"],"properties":{"nodes":{"type":"object","additionalProperties":{"type":"object"}},"links":{"type":"array","items":{"type":"object","required":["a","z"],"properties":{"a":{"type":"string"},"z":{"type":"string"}}}},"platform":{"type":"string"},"vmlab":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"."},"link_port_base":{"type":"integer","minimum":1,"maximum":65535},"console_port_base":{"type":"integer","minimum":1,"maximum":65535},"ssh_port_base":{"type":"integer","minimum":1,"maximum":65535},"hosts":{"type":"object","additionalProperties":{"type":["string","object"],"pattern":".","required":["address"],"additionalProperties":false,"properties":{"address":{"type":"string","pattern":"."},"ssh":{"type":"string","pattern":"."},"vmlab":{"type":"string","pattern":"."},"max_nodes":{"type":"integer","minimum":1,"maximum":9007199254740991},"cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"memory_mb":{"type":"integer","minimum":1,"maximum":9007199254740991}}}},"default_host":{"type":"string"},"default_platform":{"type":"string"},"link_transport":{"enum":["tcp","udp"]},"allow_privileged_ports":{"type":"boolean"},"host_vms":{"enum":["per-server","per-host"]},"warm_start":{"type":"boolean"},"impairments":{"type":"object"}}},"newtlab":{"type":"object","properties":{"link_port_base":{"type":"integer","minimum":1,"maximum":65535},"console_port_base":{"type":"integer","minimum":1,"maximum":65535},"ssh_port_base":{"type":"integer","minimum":1,"maximum":65535},"hosts":{"type":"object","additionalProperties":{"type":["string","object"],"pattern":".","required":["address"],"additionalProperties":false,"properties":{"address":{"type":"string","pattern":"."},"ssh":{"type":"string","pattern":"."},"vmlab":{"type":"string","pattern":"."},"max_nodes":{"type":"integer","minimum":1,"maximum":9007199254740991},"cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"memory_mb":{"type":"integer","minimum":1,"maximum":9007199254740991}}}},"servers":{"type":"array","items":{"type":"object","required":["name","address"],"properties":{"name":{"type":"string","pattern":"."},"address":{"type":"string","pattern":"."},"max_nodes":{"type":"integer","minimum":1,"maximum":9007199254740991},"cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"memory_mb":{"type":"integer","minimum":1,"maximum":9007199254740991}}}}}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nodes !== undefined){
let data0 = data.nodes;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
let data1 = data0[key0];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err1 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.nodes.additionalProperties.type,parentSchema:schema12.properties.nodes.additionalProperties,data:data1};
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
const err2 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.nodes.type,parentSchema:schema12.properties.nodes,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.links !== undefined){
let data2 = data.links;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.a === undefined){
const err3 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'",schema:schema12.properties.links.items.required,parentSchema:schema12.properties.links.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data3.z === undefined){
const err4 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "z"},message:"must have required property '"+"z"+"'",schema:schema12.properties.links.items.required,parentSchema:schema12.properties.links.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.a !== undefined){
let data4 = data3.a;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/links/" + i0+"/a",schemaPath:"#/properties/links/items/properties/a/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.links.items.properties.a.type,parentSchema:schema12.properties.links.items.properties.a,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.z !== undefined){
let data5 = data3.z;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/links/" + i0+"/z",schemaPath:"#/properties/links/items/properties/z/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.links.items.properties.z.type,parentSchema:schema12.properties.links.items.properties.z,data:data5};
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
else {
const err7 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.links.items.type,parentSchema:schema12.properties.links.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.links.type,parentSchema:schema12.properties.links,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.platform !== undefined){
let data6 = data.platform;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platform.type,parentSchema:schema12.properties.platform,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.vmlab !== undefined){
let data7 = data.vmlab;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(func2.call(schema12.properties.vmlab.properties, key1))){
const err10 = {instancePath:instancePath+"/vmlab",schemaPath:"#/properties/vmlab/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.vmlab,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err11 = {instancePath:instancePath+"/vmlab/name",schemaPath:"#/properties/vmlab/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.vmlab.properties.name,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/vmlab/name",schemaPath:"#/properties/vmlab/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.vmlab.properties.name.type,parentSchema:schema12.properties.vmlab.properties.name,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.link_port_base !== undefined){
let data9 = data7.link_port_base;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err13 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.vmlab.properties.link_port_base.type,parentSchema:schema12.properties.vmlab.properties.link_port_base,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 65535 || isNaN(data9)){
const err14 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.vmlab.properties.link_port_base,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/vmlab/link_port_base",schemaPath:"#/properties/vmlab/properties/link_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.vmlab.properties.link_port_base,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data7.console_port_base !== undefined){
let data10 = data7.console_port_base;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err16 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.vmlab.properties.console_port_base.type,parentSchema:schema12.properties.vmlab.properties.console_port_base,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 65535 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.vmlab.properties.console_port_base,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/vmlab/console_port_base",schemaPath:"#/properties/vmlab/properties/console_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.vmlab.properties.console_port_base,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data7.ssh_port_base !== undefined){
let data11 = data7.ssh_port_base;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err19 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.vmlab.properties.ssh_port_base.type,parentSchema:schema12.properties.vmlab.properties.ssh_port_base,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 65535 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.vmlab.properties.ssh_port_base,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/vmlab/ssh_port_base",schemaPath:"#/properties/vmlab/properties/ssh_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.vmlab.properties.ssh_port_base,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data7.hosts !== undefined){
let data12 = data7.hosts;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
let data13 = data12[key2];
if((typeof data13 !== "string") && (!(data13 && typeof data13 == "object" && !Array.isArray(data13)))){
const err22 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/type",keyword:"type",params:{type: schema12.properties.vmlab.properties.hosts.additionalProperties.type},message:"must be string,object",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err23 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.address === undefined){
const err24 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.required,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data13){
if(!((((((key3 === "address") || (key3 === "ssh")) || (key3 === "vmlab")) || (key3 === "max_nodes")) || (key3 === "cpus")) || (key3 === "memory_mb"))){
const err25 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.address !== undefined){
let data14 = data13.address;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err26 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/address/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.address,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.address.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.address,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.ssh !== undefined){
let data15 = data13.ssh;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err28 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/ssh/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.ssh,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/ssh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.ssh.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.ssh,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.vmlab !== undefined){
let data16 = data13.vmlab;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err30 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/vmlab/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.vmlab,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/vmlab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.vmlab.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.vmlab,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data13.max_nodes !== undefined){
let data17 = data13.max_nodes;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err32 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/max_nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 9007199254740991 || isNaN(data17)){
const err33 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/max_nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err34 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/max_nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.max_nodes,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data13.cpus !== undefined){
let data18 = data13.cpus;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err35 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.cpus.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.cpus,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 9007199254740991 || isNaN(data18)){
const err36 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.cpus,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err37 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.cpus,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data13.memory_mb !== undefined){
let data19 = data13.memory_mb;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err38 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb.type,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 > 9007199254740991 || isNaN(data19)){
const err39 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/memory_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err40 = {instancePath:instancePath+"/vmlab/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/vmlab/properties/hosts/additionalProperties/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.vmlab.properties.hosts.additionalProperties.properties.memory_mb,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
}
}
else {
const err41 = {instancePath:instancePath+"/vmlab/hosts",schemaPath:"#/properties/vmlab/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.vmlab.properties.hosts.type,parentSchema:schema12.properties.vmlab.properties.hosts,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data7.default_host !== undefined){
let data20 = data7.default_host;
if(typeof data20 !== "string"){
const err42 = {instancePath:instancePath+"/vmlab/default_host",schemaPath:"#/properties/vmlab/properties/default_host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.vmlab.properties.default_host.type,parentSchema:schema12.properties.vmlab.properties.default_host,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data7.default_platform !== undefined){
let data21 = data7.default_platform;
if(typeof data21 !== "string"){
const err43 = {instancePath:instancePath+"/vmlab/default_platform",schemaPath:"#/properties/vmlab/properties/default_platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.vmlab.properties.default_platform.type,parentSchema:schema12.properties.vmlab.properties.default_platform,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data7.link_transport !== undefined){
let data22 = data7.link_transport;
if(!((data22 === "tcp") || (data22 === "udp"))){
const err44 = {instancePath:instancePath+"/vmlab/link_transport",schemaPath:"#/properties/vmlab/properties/link_transport/enum",keyword:"enum",params:{allowedValues: schema12.properties.vmlab.properties.link_transport.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.vmlab.properties.link_transport.enum,parentSchema:schema12.properties.vmlab.properties.link_transport,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data7.allow_privileged_ports !== undefined){
let data23 = data7.allow_privileged_ports;
if(typeof data23 !== "boolean"){
const err45 = {instancePath:instancePath+"/vmlab/allow_privileged_ports",schemaPath:"#/properties/vmlab/properties/allow_privileged_ports/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.vmlab.properties.allow_privileged_ports.type,parentSchema:schema12.properties.vmlab.properties.allow_privileged_ports,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data7.host_vms !== undefined){
let data24 = data7.host_vms;
if(!((data24 === "per-server") || (data24 === "per-host"))){
const err46 = {instancePath:instancePath+"/vmlab/host_vms",schemaPath:"#/properties/vmlab/properties/host_vms/enum",keyword:"enum",params:{allowedValues: schema12.properties.vmlab.properties.host_vms.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.vmlab.properties.host_vms.enum,parentSchema:schema12.properties.vmlab.properties.host_vms,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data7.warm_start !== undefined){
let data25 = data7.warm_start;
if(typeof data25 !== "boolean"){
const err47 = {instancePath:instancePath+"/vmlab/warm_start",schemaPath:"#/properties/vmlab/properties/warm_start/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.vmlab.properties.warm_start.type,parentSchema:schema12.properties.vmlab.properties.warm_start,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data7.impairments !== undefined){
let data26 = data7.impairments;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
const err48 = {instancePath:instancePath+"/vmlab/impairments",schemaPath:"#/properties/vmlab/properties/impairments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.vmlab.properties.impairments.type,parentSchema:schema12.properties.vmlab.properties.impairments,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/vmlab",schemaPath:"#/properties/vmlab/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.vmlab.type,parentSchema:schema12.properties.vmlab,data:data7};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.newtlab !== undefined){
let data27 = data.newtlab;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.link_port_base !== undefined){
let data28 = data27.link_port_base;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err50 = {instancePath:instancePath+"/newtlab/link_port_base",schemaPath:"#/properties/newtlab/properties/link_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.link_port_base.type,parentSchema:schema12.properties.newtlab.properties.link_port_base,data:data28};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 > 65535 || isNaN(data28)){
const err51 = {instancePath:instancePath+"/newtlab/link_port_base",schemaPath:"#/properties/newtlab/properties/link_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.newtlab.properties.link_port_base,data:data28};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err52 = {instancePath:instancePath+"/newtlab/link_port_base",schemaPath:"#/properties/newtlab/properties/link_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.link_port_base,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data27.console_port_base !== undefined){
let data29 = data27.console_port_base;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err53 = {instancePath:instancePath+"/newtlab/console_port_base",schemaPath:"#/properties/newtlab/properties/console_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.console_port_base.type,parentSchema:schema12.properties.newtlab.properties.console_port_base,data:data29};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 > 65535 || isNaN(data29)){
const err54 = {instancePath:instancePath+"/newtlab/console_port_base",schemaPath:"#/properties/newtlab/properties/console_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.newtlab.properties.console_port_base,data:data29};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err55 = {instancePath:instancePath+"/newtlab/console_port_base",schemaPath:"#/properties/newtlab/properties/console_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.console_port_base,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data27.ssh_port_base !== undefined){
let data30 = data27.ssh_port_base;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err56 = {instancePath:instancePath+"/newtlab/ssh_port_base",schemaPath:"#/properties/newtlab/properties/ssh_port_base/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.ssh_port_base.type,parentSchema:schema12.properties.newtlab.properties.ssh_port_base,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(typeof data30 == "number"){
if(data30 > 65535 || isNaN(data30)){
const err57 = {instancePath:instancePath+"/newtlab/ssh_port_base",schemaPath:"#/properties/newtlab/properties/ssh_port_base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.newtlab.properties.ssh_port_base,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err58 = {instancePath:instancePath+"/newtlab/ssh_port_base",schemaPath:"#/properties/newtlab/properties/ssh_port_base/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.ssh_port_base,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data27.hosts !== undefined){
let data31 = data27.hosts;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key4 in data31){
let data32 = data31[key4];
if((typeof data32 !== "string") && (!(data32 && typeof data32 == "object" && !Array.isArray(data32)))){
const err59 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/type",keyword:"type",params:{type: schema12.properties.newtlab.properties.hosts.additionalProperties.type},message:"must be string,object",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
const err60 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.address === undefined){
const err61 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.required,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data32){
if(!((((((key5 === "address") || (key5 === "ssh")) || (key5 === "vmlab")) || (key5 === "max_nodes")) || (key5 === "cpus")) || (key5 === "memory_mb"))){
const err62 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data32.address !== undefined){
let data33 = data32.address;
if(typeof data33 === "string"){
if(!pattern0.test(data33)){
const err63 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/address/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.address,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/address",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.address.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.address,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data32.ssh !== undefined){
let data34 = data32.ssh;
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
const err65 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/ssh/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.ssh,data:data34};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/ssh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.ssh.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.ssh,data:data34};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data32.vmlab !== undefined){
let data35 = data32.vmlab;
if(typeof data35 === "string"){
if(!pattern0.test(data35)){
const err67 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/vmlab/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.vmlab,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/vmlab",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/vmlab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.vmlab.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.vmlab,data:data35};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data32.max_nodes !== undefined){
let data36 = data32.max_nodes;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err69 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/max_nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes,data:data36};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(typeof data36 == "number"){
if(data36 > 9007199254740991 || isNaN(data36)){
const err70 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/max_nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data36 < 1 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_nodes",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/max_nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.max_nodes,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data32.cpus !== undefined){
let data37 = data32.cpus;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err72 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.cpus.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.cpus,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data37 == "number"){
if(data37 > 9007199254740991 || isNaN(data37)){
const err73 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.cpus,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data37 < 1 || isNaN(data37)){
const err74 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cpus",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.cpus,data:data37};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data32.memory_mb !== undefined){
let data38 = data32.memory_mb;
if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){
const err75 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb.type,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(typeof data38 == "number"){
if(data38 > 9007199254740991 || isNaN(data38)){
const err76 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/memory_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb,data:data38};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data38 < 1 || isNaN(data38)){
const err77 = {instancePath:instancePath+"/newtlab/hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/memory_mb",schemaPath:"#/properties/newtlab/properties/hosts/additionalProperties/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.hosts.additionalProperties.properties.memory_mb,data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
}
}
}
else {
const err78 = {instancePath:instancePath+"/newtlab/hosts",schemaPath:"#/properties/newtlab/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.newtlab.properties.hosts.type,parentSchema:schema12.properties.newtlab.properties.hosts,data:data31};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data27.servers !== undefined){
let data39 = data27.servers;
if(Array.isArray(data39)){
const len1 = data39.length;
for(let i1=0; i1<len1; i1++){
let data40 = data39[i1];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.name === undefined){
const err79 = {instancePath:instancePath+"/newtlab/servers/" + i1,schemaPath:"#/properties/newtlab/properties/servers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.properties.newtlab.properties.servers.items.required,parentSchema:schema12.properties.newtlab.properties.servers.items,data:data40};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data40.address === undefined){
const err80 = {instancePath:instancePath+"/newtlab/servers/" + i1,schemaPath:"#/properties/newtlab/properties/servers/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema12.properties.newtlab.properties.servers.items.required,parentSchema:schema12.properties.newtlab.properties.servers.items,data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data40.name !== undefined){
let data41 = data40.name;
if(typeof data41 === "string"){
if(!pattern0.test(data41)){
const err81 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/name",schemaPath:"#/properties/newtlab/properties/servers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.newtlab.properties.servers.items.properties.name,data:data41};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/name",schemaPath:"#/properties/newtlab/properties/servers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.newtlab.properties.servers.items.properties.name.type,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.name,data:data41};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data40.address !== undefined){
let data42 = data40.address;
if(typeof data42 === "string"){
if(!pattern0.test(data42)){
const err83 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/address",schemaPath:"#/properties/newtlab/properties/servers/items/properties/address/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema12.properties.newtlab.properties.servers.items.properties.address,data:data42};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/address",schemaPath:"#/properties/newtlab/properties/servers/items/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.newtlab.properties.servers.items.properties.address.type,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.address,data:data42};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data40.max_nodes !== undefined){
let data43 = data40.max_nodes;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err85 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/max_nodes",schemaPath:"#/properties/newtlab/properties/servers/items/properties/max_nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.servers.items.properties.max_nodes.type,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.max_nodes,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(typeof data43 == "number"){
if(data43 > 9007199254740991 || isNaN(data43)){
const err86 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/max_nodes",schemaPath:"#/properties/newtlab/properties/servers/items/properties/max_nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.max_nodes,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data43 < 1 || isNaN(data43)){
const err87 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/max_nodes",schemaPath:"#/properties/newtlab/properties/servers/items/properties/max_nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.max_nodes,data:data43};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data40.cpus !== undefined){
let data44 = data40.cpus;
if(!((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44)))){
const err88 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/cpus",schemaPath:"#/properties/newtlab/properties/servers/items/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.servers.items.properties.cpus.type,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.cpus,data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(typeof data44 == "number"){
if(data44 > 9007199254740991 || isNaN(data44)){
const err89 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/cpus",schemaPath:"#/properties/newtlab/properties/servers/items/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.cpus,data:data44};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data44 < 1 || isNaN(data44)){
const err90 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/cpus",schemaPath:"#/properties/newtlab/properties/servers/items/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.cpus,data:data44};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
if(data40.memory_mb !== undefined){
let data45 = data40.memory_mb;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err91 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/memory_mb",schemaPath:"#/properties/newtlab/properties/servers/items/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.newtlab.properties.servers.items.properties.memory_mb.type,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.memory_mb,data:data45};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 > 9007199254740991 || isNaN(data45)){
const err92 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/memory_mb",schemaPath:"#/properties/newtlab/properties/servers/items/properties/memory_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.memory_mb,data:data45};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data45 < 1 || isNaN(data45)){
const err93 = {instancePath:instancePath+"/newtlab/servers/" + i1+"/memory_mb",schemaPath:"#/properties/newtlab/properties/servers/items/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.newtlab.properties.servers.items.properties.memory_mb,data:data45};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/newtlab/servers/" + i1,schemaPath:"#/properties/newtlab/properties/servers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.newtlab.properties.servers.items.type,parentSchema:schema12.properties.newtlab.properties.servers.items,data:data40};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/newtlab/servers",schemaPath:"#/properties/newtlab/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.newtlab.properties.servers.type,parentSchema:schema12.properties.newtlab.properties.servers,data:data39};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/newtlab",schemaPath:"#/properties/newtlab/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.newtlab.type,parentSchema:schema12.properties.newtlab,data:data27};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validatePlatforms = validate12;
const schema13 = {"type":"object","required":["platforms"],"properties":{"platforms":{"type":"object","additionalProperties":{"type":"object","properties":{"vm_image":{"type":"string","pattern":"."},"vm_memory":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_nic_driver":{"enum":["e1000","e1000e","virtio-net-pci","rtl8139","vmxnet3","i82559er"]},"vm_interface_map":{"enum":["sequential","stride-4","custom","linux"]},"vm_interface_custom_map":{"type":"object","additionalProperties":{"type":"integer","minimum":1,"maximum":9007199254740991}},"vm_interface_map_custom":{"type":"object","additionalProperties":{"type":"integer","minimum":1,"maximum":9007199254740991}},"ports":{"type":"array","items":{"type":"object","required":["name","nic_index"],"properties":{"name":{"type":"string","pattern":"."},"nic_index":{"type":"integer","minimum":1,"maximum":9007199254740991}}}},"vm_cpu_features":{"type":"string"},"vm_credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"vm_console_credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"vm_boot_timeout":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_fw_cfg":{"type":"object","additionalProperties":{"type":"string","pattern":"."}},"vm_console_bootstrap":{"type":"array","items":{"type":"object","required":["expect","send"],"additionalProperties":false,"properties":{"expect":{"type":"string"},"send":{"type":"string"}}}},"port_count":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_warm_start":{"type":"boolean"},"vm_mgmt_outbound":{"type":"boolean"},"vm_reidentify":{"type":"array","items":{"type":"string","pattern":"."}},"name":{"type":"string"},"device_type":{"type":"string"}}}}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.platforms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "platforms"},message:"must have required property '"+"platforms"+"'",schema:schema13.required,parentSchema:schema13,data};
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
const err1 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_image",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_image/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_image,data:data2};
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
const err2 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_image",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_image.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_image,data:data2};
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
const err3 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_memory",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.vm_memory.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_memory,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 9007199254740991 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_memory",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_memory,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_memory",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_memory,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data1.vm_cpus !== undefined){
let data4 = data1.vm_cpus;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err6 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpus",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.vm_cpus.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_cpus,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 9007199254740991 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpus",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_cpus,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpus",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_cpus,data:data4};
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
if(data1.vm_nic_driver !== undefined){
let data5 = data1.vm_nic_driver;
if(!((((((data5 === "e1000") || (data5 === "e1000e")) || (data5 === "virtio-net-pci")) || (data5 === "rtl8139")) || (data5 === "vmxnet3")) || (data5 === "i82559er"))){
const err9 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_nic_driver",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_nic_driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.platforms.additionalProperties.properties.vm_nic_driver.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.platforms.additionalProperties.properties.vm_nic_driver.enum,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_nic_driver,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.vm_interface_map !== undefined){
let data6 = data1.vm_interface_map;
if(!((((data6 === "sequential") || (data6 === "stride-4")) || (data6 === "custom")) || (data6 === "linux"))){
const err10 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_map",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_map/enum",keyword:"enum",params:{allowedValues: schema13.properties.platforms.additionalProperties.properties.vm_interface_map.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map.enum,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 9007199254740991 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err13 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_custom_map.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_custom_map",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_custom_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.vm_interface_custom_map.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_custom_map,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.vm_interface_map_custom !== undefined){
let data9 = data1.vm_interface_map_custom;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err15 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_map_custom/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_map_custom/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map_custom.additionalProperties.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map_custom.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 9007199254740991 || isNaN(data10)){
const err16 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_map_custom/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_map_custom/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map_custom.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_map_custom/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_map_custom/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map_custom.additionalProperties,data:data10};
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
}
else {
const err18 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_interface_map_custom",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_interface_map_custom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map_custom.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_interface_map_custom,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.ports !== undefined){
let data11 = data1.ports;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.name === undefined){
const err19 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.properties.platforms.additionalProperties.properties.ports.items.required,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data12.nic_index === undefined){
const err20 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/required",keyword:"required",params:{missingProperty: "nic_index"},message:"must have required property '"+"nic_index"+"'",schema:schema13.properties.platforms.additionalProperties.properties.ports.items.required,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data12.name !== undefined){
let data13 = data12.name;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err21 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0+"/name",schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0+"/name",schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.name.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.nic_index !== undefined){
let data14 = data12.nic_index;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err23 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0+"/nic_index",schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/properties/nic_index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.nic_index.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.nic_index,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 9007199254740991 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0+"/nic_index",schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/properties/nic_index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.nic_index,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err25 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0+"/nic_index",schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/properties/nic_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items.properties.nic_index,data:data14};
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
}
else {
const err26 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i0,schemaPath:"#/properties/platforms/additionalProperties/properties/ports/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.ports.items.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports.items,data:data12};
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
else {
const err27 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports",schemaPath:"#/properties/platforms/additionalProperties/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.platforms.additionalProperties.properties.ports.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.ports,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.vm_cpu_features !== undefined){
let data15 = data1.vm_cpu_features;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_cpu_features",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_cpu_features/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_cpu_features.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_cpu_features,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.vm_credentials !== undefined){
let data16 = data1.vm_credentials;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.user !== undefined){
let data17 = data16.user;
if(typeof data17 !== "string"){
const err29 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_credentials/user",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_credentials.properties.user.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_credentials.properties.user,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.pass !== undefined){
let data18 = data16.pass;
if(typeof data18 !== "string"){
const err30 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_credentials/pass",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_credentials.properties.pass.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_credentials.properties.pass,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_credentials",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.vm_credentials.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_credentials,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1.credentials !== undefined){
let data19 = data1.credentials;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.user !== undefined){
let data20 = data19.user;
if(typeof data20 !== "string"){
const err32 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/user",schemaPath:"#/properties/platforms/additionalProperties/properties/credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.credentials.properties.user.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.credentials.properties.user,data:data20};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data19.pass !== undefined){
let data21 = data19.pass;
if(typeof data21 !== "string"){
const err33 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/pass",schemaPath:"#/properties/platforms/additionalProperties/properties/credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.credentials.properties.pass.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.credentials.properties.pass,data:data21};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/properties/platforms/additionalProperties/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.credentials.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.credentials,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.vm_console_credentials !== undefined){
let data22 = data1.vm_console_credentials;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.user !== undefined){
let data23 = data22.user;
if(typeof data23 !== "string"){
const err35 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_credentials/user",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_credentials.properties.user.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_credentials.properties.user,data:data23};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data22.pass !== undefined){
let data24 = data22.pass;
if(typeof data24 !== "string"){
const err36 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_credentials/pass",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_credentials.properties.pass.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_credentials.properties.pass,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_credentials",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_credentials.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_credentials,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data1.vm_boot_timeout !== undefined){
let data25 = data1.vm_boot_timeout;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err38 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_boot_timeout",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_boot_timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.vm_boot_timeout.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_boot_timeout,data:data25};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data25 == "number"){
if(data25 > 9007199254740991 || isNaN(data25)){
const err39 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_boot_timeout",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_boot_timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_boot_timeout,data:data25};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err40 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_boot_timeout",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_boot_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_boot_timeout,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data1.vm_fw_cfg !== undefined){
let data26 = data1.vm_fw_cfg;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key3 in data26){
let data27 = data26[key3];
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
const err41 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_fw_cfg/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_fw_cfg/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_fw_cfg.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_fw_cfg/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/properties/vm_fw_cfg/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_fw_cfg.additionalProperties.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_fw_cfg.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_fw_cfg",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_fw_cfg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.vm_fw_cfg.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_fw_cfg,data:data26};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data1.vm_console_bootstrap !== undefined){
let data28 = data1.vm_console_bootstrap;
if(Array.isArray(data28)){
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.expect === undefined){
const err44 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/required",keyword:"required",params:{missingProperty: "expect"},message:"must have required property '"+"expect"+"'",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.required,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data29};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data29.send === undefined){
const err45 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/required",keyword:"required",params:{missingProperty: "send"},message:"must have required property '"+"send"+"'",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.required,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data29};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key4 in data29){
if(!((key4 === "expect") || (key4 === "send"))){
const err46 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data29};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data29.expect !== undefined){
let data30 = data29.expect;
if(typeof data30 !== "string"){
const err47 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i1+"/expect",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/properties/expect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.expect.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.expect,data:data30};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data29.send !== undefined){
let data31 = data29.send;
if(typeof data31 !== "string"){
const err48 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i1+"/send",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/properties/send/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.send.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.properties.send,data:data31};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.items,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_console_bootstrap",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_console_bootstrap/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_console_bootstrap,data:data28};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data1.port_count !== undefined){
let data32 = data1.port_count;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
const err51 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/port_count",schemaPath:"#/properties/platforms/additionalProperties/properties/port_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.platforms.additionalProperties.properties.port_count.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.port_count,data:data32};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data32 == "number"){
if(data32 > 9007199254740991 || isNaN(data32)){
const err52 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/port_count",schemaPath:"#/properties/platforms/additionalProperties/properties/port_count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.properties.platforms.additionalProperties.properties.port_count,data:data32};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err53 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/port_count",schemaPath:"#/properties/platforms/additionalProperties/properties/port_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.platforms.additionalProperties.properties.port_count,data:data32};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data1.vm_warm_start !== undefined){
let data33 = data1.vm_warm_start;
if(typeof data33 !== "boolean"){
const err54 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_warm_start",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_warm_start/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.platforms.additionalProperties.properties.vm_warm_start.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_warm_start,data:data33};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data1.vm_mgmt_outbound !== undefined){
let data34 = data1.vm_mgmt_outbound;
if(typeof data34 !== "boolean"){
const err55 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_mgmt_outbound",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_mgmt_outbound/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.platforms.additionalProperties.properties.vm_mgmt_outbound.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_mgmt_outbound,data:data34};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data1.vm_reidentify !== undefined){
let data35 = data1.vm_reidentify;
if(Array.isArray(data35)){
const len2 = data35.length;
for(let i2=0; i2<len2; i2++){
let data36 = data35[i2];
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
const err56 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_reidentify/" + i2,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_reidentify/items/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_reidentify.items,data:data36};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_reidentify/" + i2,schemaPath:"#/properties/platforms/additionalProperties/properties/vm_reidentify/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.vm_reidentify.items.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_reidentify.items,data:data36};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/vm_reidentify",schemaPath:"#/properties/platforms/additionalProperties/properties/vm_reidentify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.platforms.additionalProperties.properties.vm_reidentify.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.vm_reidentify,data:data35};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data1.name !== undefined){
let data37 = data1.name;
if(typeof data37 !== "string"){
const err59 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/platforms/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.name.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.name,data:data37};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data1.device_type !== undefined){
let data38 = data1.device_type;
if(typeof data38 !== "string"){
const err60 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/device_type",schemaPath:"#/properties/platforms/additionalProperties/properties/device_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.platforms.additionalProperties.properties.device_type.type,parentSchema:schema13.properties.platforms.additionalProperties.properties.device_type,data:data38};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/platforms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/platforms/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.additionalProperties.type,parentSchema:schema13.properties.platforms.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.platforms.type,parentSchema:schema13.properties.platforms,data:data0};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const validatePlatform = validate13;
const schema14 = {"type":"object","properties":{"vm_image":{"type":"string","pattern":"."},"vm_memory":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_nic_driver":{"enum":["e1000","e1000e","virtio-net-pci","rtl8139","vmxnet3","i82559er"]},"vm_interface_map":{"enum":["sequential","stride-4","custom","linux"]},"vm_interface_custom_map":{"type":"object","additionalProperties":{"type":"integer","minimum":1,"maximum":9007199254740991}},"vm_interface_map_custom":{"type":"object","additionalProperties":{"type":"integer","minimum":1,"maximum":9007199254740991}},"ports":{"type":"array","items":{"type":"object","required":["name","nic_index"],"properties":{"name":{"type":"string","pattern":"."},"nic_index":{"type":"integer","minimum":1,"maximum":9007199254740991}}}},"vm_cpu_features":{"type":"string"},"vm_credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"vm_console_credentials":{"type":"object","properties":{"user":{"type":"string"},"pass":{"type":"string"}}},"vm_boot_timeout":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_fw_cfg":{"type":"object","additionalProperties":{"type":"string","pattern":"."}},"vm_console_bootstrap":{"type":"array","items":{"type":"object","required":["expect","send"],"additionalProperties":false,"properties":{"expect":{"type":"string"},"send":{"type":"string"}}}},"port_count":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_warm_start":{"type":"boolean"},"vm_mgmt_outbound":{"type":"boolean"},"vm_reidentify":{"type":"array","items":{"type":"string","pattern":"."}},"name":{"type":"string"},"device_type":{"type":"string"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vm_image !== undefined){
let data0 = data.vm_image;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err0 = {instancePath:instancePath+"/vm_image",schemaPath:"#/properties/vm_image/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema14.properties.vm_image,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/vm_image",schemaPath:"#/properties/vm_image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_image.type,parentSchema:schema14.properties.vm_image,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.vm_memory !== undefined){
let data1 = data.vm_memory;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.vm_memory.type,parentSchema:schema14.properties.vm_memory,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.vm_memory,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.vm_memory,data:data1};
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
if(data.vm_cpus !== undefined){
let data2 = data.vm_cpus;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err5 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.vm_cpus.type,parentSchema:schema14.properties.vm_cpus,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 9007199254740991 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.vm_cpus,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.vm_cpus,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.vm_nic_driver !== undefined){
let data3 = data.vm_nic_driver;
if(!((((((data3 === "e1000") || (data3 === "e1000e")) || (data3 === "virtio-net-pci")) || (data3 === "rtl8139")) || (data3 === "vmxnet3")) || (data3 === "i82559er"))){
const err8 = {instancePath:instancePath+"/vm_nic_driver",schemaPath:"#/properties/vm_nic_driver/enum",keyword:"enum",params:{allowedValues: schema14.properties.vm_nic_driver.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.vm_nic_driver.enum,parentSchema:schema14.properties.vm_nic_driver,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.vm_interface_map !== undefined){
let data4 = data.vm_interface_map;
if(!((((data4 === "sequential") || (data4 === "stride-4")) || (data4 === "custom")) || (data4 === "linux"))){
const err9 = {instancePath:instancePath+"/vm_interface_map",schemaPath:"#/properties/vm_interface_map/enum",keyword:"enum",params:{allowedValues: schema14.properties.vm_interface_map.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.vm_interface_map.enum,parentSchema:schema14.properties.vm_interface_map,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.vm_interface_custom_map !== undefined){
let data5 = data.vm_interface_custom_map;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
let data6 = data5[key0];
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err10 = {instancePath:instancePath+"/vm_interface_custom_map/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_interface_custom_map/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.vm_interface_custom_map.additionalProperties.type,parentSchema:schema14.properties.vm_interface_custom_map.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 9007199254740991 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/vm_interface_custom_map/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_interface_custom_map/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.vm_interface_custom_map.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/vm_interface_custom_map/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_interface_custom_map/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.vm_interface_custom_map.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/vm_interface_custom_map",schemaPath:"#/properties/vm_interface_custom_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.vm_interface_custom_map.type,parentSchema:schema14.properties.vm_interface_custom_map,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vm_interface_map_custom !== undefined){
let data7 = data.vm_interface_map_custom;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err14 = {instancePath:instancePath+"/vm_interface_map_custom/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_interface_map_custom/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.vm_interface_map_custom.additionalProperties.type,parentSchema:schema14.properties.vm_interface_map_custom.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 9007199254740991 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/vm_interface_map_custom/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_interface_map_custom/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.vm_interface_map_custom.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/vm_interface_map_custom/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_interface_map_custom/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.vm_interface_map_custom.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/vm_interface_map_custom",schemaPath:"#/properties/vm_interface_map_custom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.vm_interface_map_custom.type,parentSchema:schema14.properties.vm_interface_map_custom,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ports !== undefined){
let data9 = data.ports;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err18 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema14.properties.ports.items.required,parentSchema:schema14.properties.ports.items,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data10.nic_index === undefined){
const err19 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "nic_index"},message:"must have required property '"+"nic_index"+"'",schema:schema14.properties.ports.items.required,parentSchema:schema14.properties.ports.items,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err20 = {instancePath:instancePath+"/ports/" + i0+"/name",schemaPath:"#/properties/ports/items/properties/name/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema14.properties.ports.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/ports/" + i0+"/name",schemaPath:"#/properties/ports/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.ports.items.properties.name.type,parentSchema:schema14.properties.ports.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.nic_index !== undefined){
let data12 = data10.nic_index;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err22 = {instancePath:instancePath+"/ports/" + i0+"/nic_index",schemaPath:"#/properties/ports/items/properties/nic_index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.ports.items.properties.nic_index.type,parentSchema:schema14.properties.ports.items.properties.nic_index,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 9007199254740991 || isNaN(data12)){
const err23 = {instancePath:instancePath+"/ports/" + i0+"/nic_index",schemaPath:"#/properties/ports/items/properties/nic_index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.ports.items.properties.nic_index,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/ports/" + i0+"/nic_index",schemaPath:"#/properties/ports/items/properties/nic_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.ports.items.properties.nic_index,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.ports.items.type,parentSchema:schema14.properties.ports.items,data:data10};
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
const err26 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.ports.type,parentSchema:schema14.properties.ports,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.vm_cpu_features !== undefined){
let data13 = data.vm_cpu_features;
if(typeof data13 !== "string"){
const err27 = {instancePath:instancePath+"/vm_cpu_features",schemaPath:"#/properties/vm_cpu_features/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_cpu_features.type,parentSchema:schema14.properties.vm_cpu_features,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.vm_credentials !== undefined){
let data14 = data.vm_credentials;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.user !== undefined){
let data15 = data14.user;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/vm_credentials/user",schemaPath:"#/properties/vm_credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_credentials.properties.user.type,parentSchema:schema14.properties.vm_credentials.properties.user,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.pass !== undefined){
let data16 = data14.pass;
if(typeof data16 !== "string"){
const err29 = {instancePath:instancePath+"/vm_credentials/pass",schemaPath:"#/properties/vm_credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_credentials.properties.pass.type,parentSchema:schema14.properties.vm_credentials.properties.pass,data:data16};
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
const err30 = {instancePath:instancePath+"/vm_credentials",schemaPath:"#/properties/vm_credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.vm_credentials.type,parentSchema:schema14.properties.vm_credentials,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.credentials !== undefined){
let data17 = data.credentials;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.user !== undefined){
let data18 = data17.user;
if(typeof data18 !== "string"){
const err31 = {instancePath:instancePath+"/credentials/user",schemaPath:"#/properties/credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.credentials.properties.user.type,parentSchema:schema14.properties.credentials.properties.user,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data17.pass !== undefined){
let data19 = data17.pass;
if(typeof data19 !== "string"){
const err32 = {instancePath:instancePath+"/credentials/pass",schemaPath:"#/properties/credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.credentials.properties.pass.type,parentSchema:schema14.properties.credentials.properties.pass,data:data19};
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
const err33 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.credentials.type,parentSchema:schema14.properties.credentials,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.vm_console_credentials !== undefined){
let data20 = data.vm_console_credentials;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.user !== undefined){
let data21 = data20.user;
if(typeof data21 !== "string"){
const err34 = {instancePath:instancePath+"/vm_console_credentials/user",schemaPath:"#/properties/vm_console_credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_console_credentials.properties.user.type,parentSchema:schema14.properties.vm_console_credentials.properties.user,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data20.pass !== undefined){
let data22 = data20.pass;
if(typeof data22 !== "string"){
const err35 = {instancePath:instancePath+"/vm_console_credentials/pass",schemaPath:"#/properties/vm_console_credentials/properties/pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_console_credentials.properties.pass.type,parentSchema:schema14.properties.vm_console_credentials.properties.pass,data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/vm_console_credentials",schemaPath:"#/properties/vm_console_credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.vm_console_credentials.type,parentSchema:schema14.properties.vm_console_credentials,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.vm_boot_timeout !== undefined){
let data23 = data.vm_boot_timeout;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err37 = {instancePath:instancePath+"/vm_boot_timeout",schemaPath:"#/properties/vm_boot_timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.vm_boot_timeout.type,parentSchema:schema14.properties.vm_boot_timeout,data:data23};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 > 9007199254740991 || isNaN(data23)){
const err38 = {instancePath:instancePath+"/vm_boot_timeout",schemaPath:"#/properties/vm_boot_timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.vm_boot_timeout,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err39 = {instancePath:instancePath+"/vm_boot_timeout",schemaPath:"#/properties/vm_boot_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.vm_boot_timeout,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.vm_fw_cfg !== undefined){
let data24 = data.vm_fw_cfg;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key2 in data24){
let data25 = data24[key2];
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
const err40 = {instancePath:instancePath+"/vm_fw_cfg/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_fw_cfg/additionalProperties/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema14.properties.vm_fw_cfg.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/vm_fw_cfg/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vm_fw_cfg/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_fw_cfg.additionalProperties.type,parentSchema:schema14.properties.vm_fw_cfg.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/vm_fw_cfg",schemaPath:"#/properties/vm_fw_cfg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.vm_fw_cfg.type,parentSchema:schema14.properties.vm_fw_cfg,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.vm_console_bootstrap !== undefined){
let data26 = data.vm_console_bootstrap;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.expect === undefined){
const err43 = {instancePath:instancePath+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/vm_console_bootstrap/items/required",keyword:"required",params:{missingProperty: "expect"},message:"must have required property '"+"expect"+"'",schema:schema14.properties.vm_console_bootstrap.items.required,parentSchema:schema14.properties.vm_console_bootstrap.items,data:data27};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data27.send === undefined){
const err44 = {instancePath:instancePath+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/vm_console_bootstrap/items/required",keyword:"required",params:{missingProperty: "send"},message:"must have required property '"+"send"+"'",schema:schema14.properties.vm_console_bootstrap.items.required,parentSchema:schema14.properties.vm_console_bootstrap.items,data:data27};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key3 in data27){
if(!((key3 === "expect") || (key3 === "send"))){
const err45 = {instancePath:instancePath+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/vm_console_bootstrap/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.vm_console_bootstrap.items,data:data27};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data27.expect !== undefined){
let data28 = data27.expect;
if(typeof data28 !== "string"){
const err46 = {instancePath:instancePath+"/vm_console_bootstrap/" + i1+"/expect",schemaPath:"#/properties/vm_console_bootstrap/items/properties/expect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_console_bootstrap.items.properties.expect.type,parentSchema:schema14.properties.vm_console_bootstrap.items.properties.expect,data:data28};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data27.send !== undefined){
let data29 = data27.send;
if(typeof data29 !== "string"){
const err47 = {instancePath:instancePath+"/vm_console_bootstrap/" + i1+"/send",schemaPath:"#/properties/vm_console_bootstrap/items/properties/send/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_console_bootstrap.items.properties.send.type,parentSchema:schema14.properties.vm_console_bootstrap.items.properties.send,data:data29};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/vm_console_bootstrap/" + i1,schemaPath:"#/properties/vm_console_bootstrap/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.vm_console_bootstrap.items.type,parentSchema:schema14.properties.vm_console_bootstrap.items,data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/vm_console_bootstrap",schemaPath:"#/properties/vm_console_bootstrap/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.vm_console_bootstrap.type,parentSchema:schema14.properties.vm_console_bootstrap,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.port_count !== undefined){
let data30 = data.port_count;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err50 = {instancePath:instancePath+"/port_count",schemaPath:"#/properties/port_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.port_count.type,parentSchema:schema14.properties.port_count,data:data30};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data30 == "number"){
if(data30 > 9007199254740991 || isNaN(data30)){
const err51 = {instancePath:instancePath+"/port_count",schemaPath:"#/properties/port_count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema14.properties.port_count,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err52 = {instancePath:instancePath+"/port_count",schemaPath:"#/properties/port_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.port_count,data:data30};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.vm_warm_start !== undefined){
let data31 = data.vm_warm_start;
if(typeof data31 !== "boolean"){
const err53 = {instancePath:instancePath+"/vm_warm_start",schemaPath:"#/properties/vm_warm_start/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.vm_warm_start.type,parentSchema:schema14.properties.vm_warm_start,data:data31};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.vm_mgmt_outbound !== undefined){
let data32 = data.vm_mgmt_outbound;
if(typeof data32 !== "boolean"){
const err54 = {instancePath:instancePath+"/vm_mgmt_outbound",schemaPath:"#/properties/vm_mgmt_outbound/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.vm_mgmt_outbound.type,parentSchema:schema14.properties.vm_mgmt_outbound,data:data32};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.vm_reidentify !== undefined){
let data33 = data.vm_reidentify;
if(Array.isArray(data33)){
const len2 = data33.length;
for(let i2=0; i2<len2; i2++){
let data34 = data33[i2];
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
const err55 = {instancePath:instancePath+"/vm_reidentify/" + i2,schemaPath:"#/properties/vm_reidentify/items/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema14.properties.vm_reidentify.items,data:data34};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/vm_reidentify/" + i2,schemaPath:"#/properties/vm_reidentify/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.vm_reidentify.items.type,parentSchema:schema14.properties.vm_reidentify.items,data:data34};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/vm_reidentify",schemaPath:"#/properties/vm_reidentify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.vm_reidentify.type,parentSchema:schema14.properties.vm_reidentify,data:data33};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.name !== undefined){
let data35 = data.name;
if(typeof data35 !== "string"){
const err58 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.name.type,parentSchema:schema14.properties.name,data:data35};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.device_type !== undefined){
let data36 = data.device_type;
if(typeof data36 !== "string"){
const err59 = {instancePath:instancePath+"/device_type",schemaPath:"#/properties/device_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.device_type.type,parentSchema:schema14.properties.device_type,data:data36};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const validateProfile = validate14;
const schema15 = {"type":"object","properties":{"platform":{"type":"string"},"ssh_user":{"type":"string"},"ssh_pass":{"type":"string"},"vm_image":{"type":"string","pattern":"."},"vm_memory":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_cpus":{"type":"integer","minimum":1,"maximum":9007199254740991},"vm_host":{"type":"string"},"host_ip":{"type":"string"},"host_gateway":{"type":"string"}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.platform !== undefined){
let data0 = data.platform;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.platform.type,parentSchema:schema15.properties.platform,data:data0};
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
const err1 = {instancePath:instancePath+"/ssh_user",schemaPath:"#/properties/ssh_user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.ssh_user.type,parentSchema:schema15.properties.ssh_user,data:data1};
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
const err2 = {instancePath:instancePath+"/ssh_pass",schemaPath:"#/properties/ssh_pass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.ssh_pass.type,parentSchema:schema15.properties.ssh_pass,data:data2};
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
const err3 = {instancePath:instancePath+"/vm_image",schemaPath:"#/properties/vm_image/pattern",keyword:"pattern",params:{pattern: "."},message:"must match pattern \""+"."+"\"",schema:".",parentSchema:schema15.properties.vm_image,data:data3};
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
const err4 = {instancePath:instancePath+"/vm_image",schemaPath:"#/properties/vm_image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.vm_image.type,parentSchema:schema15.properties.vm_image,data:data3};
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
const err5 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.vm_memory.type,parentSchema:schema15.properties.vm_memory,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 9007199254740991 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema15.properties.vm_memory,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/vm_memory",schemaPath:"#/properties/vm_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema15.properties.vm_memory,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.vm_cpus !== undefined){
let data5 = data.vm_cpus;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err8 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.vm_cpus.type,parentSchema:schema15.properties.vm_cpus,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 9007199254740991 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema15.properties.vm_cpus,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/vm_cpus",schemaPath:"#/properties/vm_cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema15.properties.vm_cpus,data:data5};
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
if(data.vm_host !== undefined){
let data6 = data.vm_host;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/vm_host",schemaPath:"#/properties/vm_host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.vm_host.type,parentSchema:schema15.properties.vm_host,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.host_ip !== undefined){
let data7 = data.host_ip;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/host_ip",schemaPath:"#/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.host_ip.type,parentSchema:schema15.properties.host_ip,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.host_gateway !== undefined){
let data8 = data.host_gateway;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/host_gateway",schemaPath:"#/properties/host_gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.host_gateway.type,parentSchema:schema15.properties.host_gateway,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

