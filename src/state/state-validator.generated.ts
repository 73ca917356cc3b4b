// @ts-nocheck
// Generated from state-schema.ts by `npm run gen:validators` (src/state/state-validator-source.ts). Do not edit.

export const validateState = validate10;
const schema11 = {"type":"object","required":["format_version","name","created","spec_dir","host","serial","lineage","nodes","links","profiles"],"properties":{"format_version":{"const":1},"name":{"type":"string"},"created":{"type":"string"},"spec_dir":{"type":"string"},"host":{"type":["string","null"]},"serial":{"type":"integer","minimum":0},"lineage":{"type":"string"},"nodes":{"type":"object","additionalProperties":{"type":"object","required":["intent","host","pid","ssh_port","console_port","bind_address","credentials","config","config_hash","started_at","ready"],"properties":{"intent":{"enum":["running","stopped"]},"host":{"type":["string","null"]},"pid":{"type":["integer","null"],"minimum":1},"ssh_port":{"type":"integer","minimum":1,"maximum":65535},"console_port":{"type":"integer","minimum":1,"maximum":65535},"bind_address":{"type":"string"},"console_bind":{"type":"string"},"credentials":{"type":"object","required":["user","pass"],"properties":{"user":{"type":["string","null"]},"pass":{"type":["string","null"]}}},"config":{"type":"object","required":["image","memory_mb","cpus","nic_driver","nics"],"properties":{"image":{"type":"string"},"memory_mb":{"type":"integer","minimum":1},"cpus":{"type":"integer","minimum":1},"nic_driver":{"type":"string"},"cpu_features":{"type":["string","null"]},"nics":{"type":"array","items":{"type":"object","required":["index","kind","mac"],"properties":{"index":{"type":"integer","minimum":0},"kind":{"enum":["mgmt","link","filler"]},"mac":{"type":"string"},"interface":{"type":"string"},"link":{"type":"object","required":["mode","address","port","peer"],"properties":{"mode":{"enum":["listen","connect","udp"]},"address":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},"peer":{"type":"string"}}}}}},"fw_cfg":{"type":"object","additionalProperties":{"type":"string"}}}},"config_hash":{"type":"string"},"started_at":{"type":["string","null"]},"image_identity":{"type":["object","null"],"required":["size","mtime","hash"],"properties":{"size":{"type":"integer"},"mtime":{"type":"string"},"hash":{"type":"string"}}},"ready":{"type":"boolean"},"mgmt_network":{"enum":["isolated","outbound"]},"test_hosts":{"type":"array","items":{"type":"object","required":["name","interfaces","gateway"],"properties":{"name":{"type":"string"},"interfaces":{"type":"array","items":{"type":"object","required":["name","nic","mac","peer","address"],"properties":{"name":{"type":"string"},"nic":{"type":"integer","minimum":1},"mac":{"type":"string"},"peer":{"type":["string","null"]},"address":{"type":["string","null"]}}}},"gateway":{"type":["string","null"]}}}},"carrier_off":{"type":"array","items":{"type":"string"}},"template":{"type":"string"}}}},"links":{"type":"array","items":{"type":"object","required":["index","a","z","port","listener","transport"],"properties":{"index":{"type":"integer"},"a":{"type":"string"},"z":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},"listener":{"type":["string","null"]},"listenEnd":{"enum":["a","z",null]},"transport":{"enum":["tcp","udp"]}}}},"profiles":{"type":"object","additionalProperties":{"type":"object","required":["file","existed","fields"],"additionalProperties":false,"properties":{"file":{"type":"string","pattern":"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$","description":"a profile inside the spec directory, profiles/<node>.json or nodes/<node>.json"},"existed":{"type":"boolean"},"fields":{"type":"object","additionalProperties":false,"properties":{"mgmt_ip":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}},"ssh_port":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}},"console_port":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}}}}}}},"snapshots":{"type":"object","additionalProperties":{"type":"object","required":["name","created","nodes","desired_hash"],"properties":{"name":{"type":"string"},"created":{"type":"string"},"nodes":{"type":"array","items":{"type":"string"}},"desired_hash":{"type":"string"}}}},"link_intents":{"type":"array","items":{"type":"object","required":["a","z","admin","since"],"properties":{"a":{"type":"string"},"z":{"type":"string"},"admin":{"const":"down"},"since":{"type":"string"}}}},"link_impairments":{"type":"array","items":{"type":"object","required":["from","to","impairment","since"],"properties":{"from":{"type":"string"},"to":{"type":"string"},"impairment":{"type":["object","null"]},"since":{"type":"string"}}}}}};
const pattern0 = new RegExp("^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$", "u");
const pattern1 = new RegExp("\\S", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"},message:"must have required property '"+"format_version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec_dir === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_dir"},message:"must have required property '"+"spec_dir"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.host === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.serial === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serial"},message:"must have required property '"+"serial"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.lineage === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lineage"},message:"must have required property '"+"lineage"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.nodes === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.links === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.profiles === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profiles"},message:"must have required property '"+"profiles"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.format_version !== undefined){
let data0 = data.format_version;
if(1 !== data0){
const err10 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.format_version,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.created !== undefined){
let data2 = data.created;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.created.type,parentSchema:schema11.properties.created,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.spec_dir !== undefined){
let data3 = data.spec_dir;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/spec_dir",schemaPath:"#/properties/spec_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec_dir.type,parentSchema:schema11.properties.spec_dir,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.host !== undefined){
let data4 = data.host;
if((typeof data4 !== "string") && (data4 !== null)){
const err14 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: schema11.properties.host.type},message:"must be string,null",schema:schema11.properties.host.type,parentSchema:schema11.properties.host,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.serial !== undefined){
let data5 = data.serial;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err15 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.serial.type,parentSchema:schema11.properties.serial,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.serial,data:data5};
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
if(data.lineage !== undefined){
let data6 = data.lineage;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/lineage",schemaPath:"#/properties/lineage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.lineage.type,parentSchema:schema11.properties.lineage,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.nodes !== undefined){
let data7 = data.nodes;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
let data8 = data7[key0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.intent === undefined){
const err18 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "intent"},message:"must have required property '"+"intent"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.host === undefined){
const err19 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.pid === undefined){
const err20 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8.ssh_port === undefined){
const err21 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "ssh_port"},message:"must have required property '"+"ssh_port"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.console_port === undefined){
const err22 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "console_port"},message:"must have required property '"+"console_port"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.bind_address === undefined){
const err23 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "bind_address"},message:"must have required property '"+"bind_address"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.credentials === undefined){
const err24 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "credentials"},message:"must have required property '"+"credentials"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.config === undefined){
const err25 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.config_hash === undefined){
const err26 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "config_hash"},message:"must have required property '"+"config_hash"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.started_at === undefined){
const err27 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.ready === undefined){
const err28 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/required",keyword:"required",params:{missingProperty: "ready"},message:"must have required property '"+"ready"+"'",schema:schema11.properties.nodes.additionalProperties.required,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.intent !== undefined){
let data9 = data8.intent;
if(!((data9 === "running") || (data9 === "stopped"))){
const err29 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/intent",schemaPath:"#/properties/nodes/additionalProperties/properties/intent/enum",keyword:"enum",params:{allowedValues: schema11.properties.nodes.additionalProperties.properties.intent.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.nodes.additionalProperties.properties.intent.enum,parentSchema:schema11.properties.nodes.additionalProperties.properties.intent,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.host !== undefined){
let data10 = data8.host;
if((typeof data10 !== "string") && (data10 !== null)){
const err30 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/host",schemaPath:"#/properties/nodes/additionalProperties/properties/host/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.host.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.host.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.host,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.pid !== undefined){
let data11 = data8.pid;
if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){
const err31 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/pid",schemaPath:"#/properties/nodes/additionalProperties/properties/pid/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.pid.type},message:"must be integer,null",schema:schema11.properties.nodes.additionalProperties.properties.pid.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.pid,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 1 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/pid",schemaPath:"#/properties/nodes/additionalProperties/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.pid,data:data11};
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
if(data8.ssh_port !== undefined){
let data12 = data8.ssh_port;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err33 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh_port",schemaPath:"#/properties/nodes/additionalProperties/properties/ssh_port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.ssh_port.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.ssh_port,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 65535 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh_port",schemaPath:"#/properties/nodes/additionalProperties/properties/ssh_port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.nodes.additionalProperties.properties.ssh_port,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err35 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ssh_port",schemaPath:"#/properties/nodes/additionalProperties/properties/ssh_port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.ssh_port,data:data12};
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
if(data8.console_port !== undefined){
let data13 = data8.console_port;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err36 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/console_port",schemaPath:"#/properties/nodes/additionalProperties/properties/console_port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.console_port.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.console_port,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 65535 || isNaN(data13)){
const err37 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/console_port",schemaPath:"#/properties/nodes/additionalProperties/properties/console_port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.nodes.additionalProperties.properties.console_port,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/console_port",schemaPath:"#/properties/nodes/additionalProperties/properties/console_port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.console_port,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data8.bind_address !== undefined){
let data14 = data8.bind_address;
if(typeof data14 !== "string"){
const err39 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/bind_address",schemaPath:"#/properties/nodes/additionalProperties/properties/bind_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.bind_address.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.bind_address,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data8.console_bind !== undefined){
let data15 = data8.console_bind;
if(typeof data15 !== "string"){
const err40 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/console_bind",schemaPath:"#/properties/nodes/additionalProperties/properties/console_bind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.console_bind.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.console_bind,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data8.credentials !== undefined){
let data16 = data8.credentials;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.user === undefined){
const err41 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/properties/nodes/additionalProperties/properties/credentials/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema11.properties.nodes.additionalProperties.properties.credentials.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.credentials,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.pass === undefined){
const err42 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/properties/nodes/additionalProperties/properties/credentials/required",keyword:"required",params:{missingProperty: "pass"},message:"must have required property '"+"pass"+"'",schema:schema11.properties.nodes.additionalProperties.properties.credentials.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.credentials,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.user !== undefined){
let data17 = data16.user;
if((typeof data17 !== "string") && (data17 !== null)){
const err43 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/user",schemaPath:"#/properties/nodes/additionalProperties/properties/credentials/properties/user/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.credentials.properties.user.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.credentials.properties.user.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.credentials.properties.user,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.pass !== undefined){
let data18 = data16.pass;
if((typeof data18 !== "string") && (data18 !== null)){
const err44 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/pass",schemaPath:"#/properties/nodes/additionalProperties/properties/credentials/properties/pass/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.credentials.properties.pass.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.credentials.properties.pass.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.credentials.properties.pass,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/properties/nodes/additionalProperties/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.credentials.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.credentials,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data8.config !== undefined){
let data19 = data8.config;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.image === undefined){
const err46 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config",schemaPath:"#/properties/nodes/additionalProperties/properties/config/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data19.memory_mb === undefined){
const err47 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config",schemaPath:"#/properties/nodes/additionalProperties/properties/config/required",keyword:"required",params:{missingProperty: "memory_mb"},message:"must have required property '"+"memory_mb"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data19.cpus === undefined){
const err48 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config",schemaPath:"#/properties/nodes/additionalProperties/properties/config/required",keyword:"required",params:{missingProperty: "cpus"},message:"must have required property '"+"cpus"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data19.nic_driver === undefined){
const err49 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config",schemaPath:"#/properties/nodes/additionalProperties/properties/config/required",keyword:"required",params:{missingProperty: "nic_driver"},message:"must have required property '"+"nic_driver"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data19.nics === undefined){
const err50 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config",schemaPath:"#/properties/nodes/additionalProperties/properties/config/required",keyword:"required",params:{missingProperty: "nics"},message:"must have required property '"+"nics"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data19.image !== undefined){
let data20 = data19.image;
if(typeof data20 !== "string"){
const err51 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/image",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.image.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.image,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data19.memory_mb !== undefined){
let data21 = data19.memory_mb;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err52 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/memory_mb",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/memory_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.memory_mb.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.memory_mb,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 < 1 || isNaN(data21)){
const err53 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/memory_mb",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/memory_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.memory_mb,data:data21};
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
if(data19.cpus !== undefined){
let data22 = data19.cpus;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err54 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/cpus",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.cpus.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.cpus,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 < 1 || isNaN(data22)){
const err55 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/cpus",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.cpus,data:data22};
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
if(data19.nic_driver !== undefined){
let data23 = data19.nic_driver;
if(typeof data23 !== "string"){
const err56 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nic_driver",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nic_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nic_driver.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nic_driver,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data19.cpu_features !== undefined){
let data24 = data19.cpu_features;
if((typeof data24 !== "string") && (data24 !== null)){
const err57 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/cpu_features",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/cpu_features/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.config.properties.cpu_features.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.cpu_features.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.cpu_features,data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data19.nics !== undefined){
let data25 = data19.nics;
if(Array.isArray(data25)){
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
let data26 = data25[i0];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.index === undefined){
const err58 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0,schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data26.kind === undefined){
const err59 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0,schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items,data:data26};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data26.mac === undefined){
const err60 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0,schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/required",keyword:"required",params:{missingProperty: "mac"},message:"must have required property '"+"mac"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data26.index !== undefined){
let data27 = data26.index;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err61 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/index",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.index.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.index,data:data27};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
const err62 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/index",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.index,data:data27};
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
if(data26.kind !== undefined){
let data28 = data26.kind;
if(!(((data28 === "mgmt") || (data28 === "link")) || (data28 === "filler"))){
const err63 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/kind",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.kind.enum,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.kind,data:data28};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data26.mac !== undefined){
let data29 = data26.mac;
if(typeof data29 !== "string"){
const err64 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/mac",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/mac/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.mac.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.mac,data:data29};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data26.interface !== undefined){
let data30 = data26.interface;
if(typeof data30 !== "string"){
const err65 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/interface",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/interface/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.interface.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.interface,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data26.link !== undefined){
let data31 = data26.link;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.mode === undefined){
const err66 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link,data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data31.address === undefined){
const err67 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link,data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data31.port === undefined){
const err68 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data31.peer === undefined){
const err69 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/required",keyword:"required",params:{missingProperty: "peer"},message:"must have required property '"+"peer"+"'",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data31.mode !== undefined){
let data32 = data31.mode;
if(!(((data32 === "listen") || (data32 === "connect")) || (data32 === "udp"))){
const err70 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link/mode",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.mode.enum,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.mode,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data31.address !== undefined){
let data33 = data31.address;
if(typeof data33 !== "string"){
const err71 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link/address",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.address.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.address,data:data33};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data31.port !== undefined){
let data34 = data31.port;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err72 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link/port",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.port.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.port,data:data34};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data34 == "number"){
if(data34 > 65535 || isNaN(data34)){
const err73 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link/port",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.port,data:data34};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data34 < 1 || isNaN(data34)){
const err74 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link/port",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.port,data:data34};
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
if(data31.peer !== undefined){
let data35 = data31.peer;
if(typeof data35 !== "string"){
const err75 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link/peer",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/properties/peer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.peer.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.properties.peer,data:data35};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0+"/link",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/properties/link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.properties.link,data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics/" + i0,schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.items,data:data26};
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
else {
const err78 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/nics",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/nics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.nics,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data19.fw_cfg !== undefined){
let data36 = data19.fw_cfg;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key1 in data36){
let data37 = data36[key1];
if(typeof data37 !== "string"){
const err79 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/fw_cfg/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/fw_cfg/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.fw_cfg.additionalProperties.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.fw_cfg.additionalProperties,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config/fw_cfg",schemaPath:"#/properties/nodes/additionalProperties/properties/config/properties/fw_cfg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.config.properties.fw_cfg.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config.properties.fw_cfg,data:data36};
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
else {
const err81 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config",schemaPath:"#/properties/nodes/additionalProperties/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.config.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config,data:data19};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data8.config_hash !== undefined){
let data38 = data8.config_hash;
if(typeof data38 !== "string"){
const err82 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config_hash",schemaPath:"#/properties/nodes/additionalProperties/properties/config_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.config_hash.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.config_hash,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data8.started_at !== undefined){
let data39 = data8.started_at;
if((typeof data39 !== "string") && (data39 !== null)){
const err83 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/started_at",schemaPath:"#/properties/nodes/additionalProperties/properties/started_at/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.started_at.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.started_at.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.started_at,data:data39};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data8.image_identity !== undefined){
let data40 = data8.image_identity;
if((!(data40 && typeof data40 == "object" && !Array.isArray(data40))) && (data40 !== null)){
const err84 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.image_identity.type},message:"must be object,null",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity,data:data40};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.size === undefined){
const err85 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity,data:data40};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data40.mtime === undefined){
const err86 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/required",keyword:"required",params:{missingProperty: "mtime"},message:"must have required property '"+"mtime"+"'",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity,data:data40};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data40.hash === undefined){
const err87 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity,data:data40};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data40.size !== undefined){
let data41 = data40.size;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err88 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity/size",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.properties.size.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity.properties.size,data:data41};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data40.mtime !== undefined){
let data42 = data40.mtime;
if(typeof data42 !== "string"){
const err89 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity/mtime",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/properties/mtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.properties.mtime.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity.properties.mtime,data:data42};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data40.hash !== undefined){
let data43 = data40.hash;
if(typeof data43 !== "string"){
const err90 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/image_identity/hash",schemaPath:"#/properties/nodes/additionalProperties/properties/image_identity/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.image_identity.properties.hash.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.image_identity.properties.hash,data:data43};
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
}
if(data8.ready !== undefined){
let data44 = data8.ready;
if(typeof data44 !== "boolean"){
const err91 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ready",schemaPath:"#/properties/nodes/additionalProperties/properties/ready/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.nodes.additionalProperties.properties.ready.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.ready,data:data44};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data8.mgmt_network !== undefined){
let data45 = data8.mgmt_network;
if(!((data45 === "isolated") || (data45 === "outbound"))){
const err92 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/mgmt_network",schemaPath:"#/properties/nodes/additionalProperties/properties/mgmt_network/enum",keyword:"enum",params:{allowedValues: schema11.properties.nodes.additionalProperties.properties.mgmt_network.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.nodes.additionalProperties.properties.mgmt_network.enum,parentSchema:schema11.properties.nodes.additionalProperties.properties.mgmt_network,data:data45};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data8.test_hosts !== undefined){
let data46 = data8.test_hosts;
if(Array.isArray(data46)){
const len1 = data46.length;
for(let i1=0; i1<len1; i1++){
let data47 = data46[i1];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.name === undefined){
const err93 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data47.interfaces === undefined){
const err94 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/required",keyword:"required",params:{missingProperty: "interfaces"},message:"must have required property '"+"interfaces"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data47.gateway === undefined){
const err95 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/required",keyword:"required",params:{missingProperty: "gateway"},message:"must have required property '"+"gateway"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items,data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data47.name !== undefined){
let data48 = data47.name;
if(typeof data48 !== "string"){
const err96 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/name",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.name.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.name,data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data47.interfaces !== undefined){
let data49 = data47.interfaces;
if(Array.isArray(data49)){
const len2 = data49.length;
for(let i2=0; i2<len2; i2++){
let data50 = data49[i2];
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.name === undefined){
const err97 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items,data:data50};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data50.nic === undefined){
const err98 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "nic"},message:"must have required property '"+"nic"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items,data:data50};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data50.mac === undefined){
const err99 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "mac"},message:"must have required property '"+"mac"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items,data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data50.peer === undefined){
const err100 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "peer"},message:"must have required property '"+"peer"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items,data:data50};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data50.address === undefined){
const err101 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.required,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items,data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data50.name !== undefined){
let data51 = data50.name;
if(typeof data51 !== "string"){
const err102 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2+"/name",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.name.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.name,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data50.nic !== undefined){
let data52 = data50.nic;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err103 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2+"/nic",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/properties/nic/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.nic.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.nic,data:data52};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(typeof data52 == "number"){
if(data52 < 1 || isNaN(data52)){
const err104 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2+"/nic",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/properties/nic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.nic,data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data50.mac !== undefined){
let data53 = data50.mac;
if(typeof data53 !== "string"){
const err105 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2+"/mac",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/properties/mac/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.mac.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.mac,data:data53};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data50.peer !== undefined){
let data54 = data50.peer;
if((typeof data54 !== "string") && (data54 !== null)){
const err106 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2+"/peer",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/properties/peer/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.peer.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.peer.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.peer,data:data54};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data50.address !== undefined){
let data55 = data50.address;
if((typeof data55 !== "string") && (data55 !== null)){
const err107 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2+"/address",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/properties/address/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.address.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.address.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.properties.address,data:data55};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces/" + i2,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.items,data:data50};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/interfaces",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/interfaces/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.interfaces,data:data49};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data47.gateway !== undefined){
let data56 = data47.gateway;
if((typeof data56 !== "string") && (data56 !== null)){
const err110 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1+"/gateway",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/properties/gateway/type",keyword:"type",params:{type: schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.gateway.type},message:"must be string,null",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.gateway.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.properties.gateway,data:data56};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts/" + i1,schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts.items,data:data47};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/test_hosts",schemaPath:"#/properties/nodes/additionalProperties/properties/test_hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.nodes.additionalProperties.properties.test_hosts.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.test_hosts,data:data46};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data8.carrier_off !== undefined){
let data57 = data8.carrier_off;
if(Array.isArray(data57)){
const len3 = data57.length;
for(let i3=0; i3<len3; i3++){
let data58 = data57[i3];
if(typeof data58 !== "string"){
const err113 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/carrier_off/" + i3,schemaPath:"#/properties/nodes/additionalProperties/properties/carrier_off/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.carrier_off.items.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.carrier_off.items,data:data58};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/carrier_off",schemaPath:"#/properties/nodes/additionalProperties/properties/carrier_off/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.nodes.additionalProperties.properties.carrier_off.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.carrier_off,data:data57};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data8.template !== undefined){
let data59 = data8.template;
if(typeof data59 !== "string"){
const err115 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/template",schemaPath:"#/properties/nodes/additionalProperties/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nodes.additionalProperties.properties.template.type,parentSchema:schema11.properties.nodes.additionalProperties.properties.template,data:data59};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/nodes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.additionalProperties.type,parentSchema:schema11.properties.nodes.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.nodes.type,parentSchema:schema11.properties.nodes,data:data7};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.links !== undefined){
let data60 = data.links;
if(Array.isArray(data60)){
const len4 = data60.length;
for(let i4=0; i4<len4; i4++){
let data61 = data60[i4];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.index === undefined){
const err118 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data61.a === undefined){
const err119 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data61.z === undefined){
const err120 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "z"},message:"must have required property '"+"z"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data61.port === undefined){
const err121 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data61.listener === undefined){
const err122 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "listener"},message:"must have required property '"+"listener"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data61.transport === undefined){
const err123 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "transport"},message:"must have required property '"+"transport"+"'",schema:schema11.properties.links.items.required,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data61.index !== undefined){
let data62 = data61.index;
if(!((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62)))){
const err124 = {instancePath:instancePath+"/links/" + i4+"/index",schemaPath:"#/properties/links/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.links.items.properties.index.type,parentSchema:schema11.properties.links.items.properties.index,data:data62};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data61.a !== undefined){
let data63 = data61.a;
if(typeof data63 !== "string"){
const err125 = {instancePath:instancePath+"/links/" + i4+"/a",schemaPath:"#/properties/links/items/properties/a/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.links.items.properties.a.type,parentSchema:schema11.properties.links.items.properties.a,data:data63};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data61.z !== undefined){
let data64 = data61.z;
if(typeof data64 !== "string"){
const err126 = {instancePath:instancePath+"/links/" + i4+"/z",schemaPath:"#/properties/links/items/properties/z/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.links.items.properties.z.type,parentSchema:schema11.properties.links.items.properties.z,data:data64};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data61.port !== undefined){
let data65 = data61.port;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
const err127 = {instancePath:instancePath+"/links/" + i4+"/port",schemaPath:"#/properties/links/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.links.items.properties.port.type,parentSchema:schema11.properties.links.items.properties.port,data:data65};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(typeof data65 == "number"){
if(data65 > 65535 || isNaN(data65)){
const err128 = {instancePath:instancePath+"/links/" + i4+"/port",schemaPath:"#/properties/links/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.links.items.properties.port,data:data65};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data65 < 1 || isNaN(data65)){
const err129 = {instancePath:instancePath+"/links/" + i4+"/port",schemaPath:"#/properties/links/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.links.items.properties.port,data:data65};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data61.listener !== undefined){
let data66 = data61.listener;
if((typeof data66 !== "string") && (data66 !== null)){
const err130 = {instancePath:instancePath+"/links/" + i4+"/listener",schemaPath:"#/properties/links/items/properties/listener/type",keyword:"type",params:{type: schema11.properties.links.items.properties.listener.type},message:"must be string,null",schema:schema11.properties.links.items.properties.listener.type,parentSchema:schema11.properties.links.items.properties.listener,data:data66};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data61.listenEnd !== undefined){
let data67 = data61.listenEnd;
if(!(((data67 === "a") || (data67 === "z")) || (data67 === null))){
const err131 = {instancePath:instancePath+"/links/" + i4+"/listenEnd",schemaPath:"#/properties/links/items/properties/listenEnd/enum",keyword:"enum",params:{allowedValues: schema11.properties.links.items.properties.listenEnd.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.links.items.properties.listenEnd.enum,parentSchema:schema11.properties.links.items.properties.listenEnd,data:data67};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data61.transport !== undefined){
let data68 = data61.transport;
if(!((data68 === "tcp") || (data68 === "udp"))){
const err132 = {instancePath:instancePath+"/links/" + i4+"/transport",schemaPath:"#/properties/links/items/properties/transport/enum",keyword:"enum",params:{allowedValues: schema11.properties.links.items.properties.transport.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.links.items.properties.transport.enum,parentSchema:schema11.properties.links.items.properties.transport,data:data68};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.links.items.type,parentSchema:schema11.properties.links.items,data:data61};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.links.type,parentSchema:schema11.properties.links,data:data60};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.profiles !== undefined){
let data69 = data.profiles;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key2 in data69){
let data70 = data69[key2];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.file === undefined){
const err135 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema11.properties.profiles.additionalProperties.required,parentSchema:schema11.properties.profiles.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data70.existed === undefined){
const err136 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/required",keyword:"required",params:{missingProperty: "existed"},message:"must have required property '"+"existed"+"'",schema:schema11.properties.profiles.additionalProperties.required,parentSchema:schema11.properties.profiles.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data70.fields === undefined){
const err137 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema11.properties.profiles.additionalProperties.required,parentSchema:schema11.properties.profiles.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key3 in data70){
if(!(((key3 === "file") || (key3 === "existed")) || (key3 === "fields"))){
const err138 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.profiles.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data70.file !== undefined){
let data71 = data70.file;
if(typeof data71 === "string"){
if(!pattern0.test(data71)){
const err139 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/properties/profiles/additionalProperties/properties/file/pattern",keyword:"pattern",params:{pattern: "^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$"},message:"must match pattern \""+"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$"+"\"",schema:"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$",parentSchema:schema11.properties.profiles.additionalProperties.properties.file,data:data71};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/properties/profiles/additionalProperties/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.file.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.file,data:data71};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data70.existed !== undefined){
let data72 = data70.existed;
if(typeof data72 !== "boolean"){
const err141 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/existed",schemaPath:"#/properties/profiles/additionalProperties/properties/existed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.profiles.additionalProperties.properties.existed.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.existed,data:data72};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data70.fields !== undefined){
let data73 = data70.fields;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key4 in data73){
if(!(((key4 === "mgmt_ip") || (key4 === "ssh_port")) || (key4 === "console_port"))){
const err142 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields,data:data73};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data73.mgmt_ip !== undefined){
let data74 = data73.mgmt_ip;
const _errs149 = errors;
let valid25 = true;
const _errs150 = errors;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.had !== undefined){
if(true !== data74.had){
const err143 = {};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
var _valid0 = _errs150 === errors;
errors = _errs149;
if(vErrors !== null){
if(_errs149){
vErrors.length = _errs149;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs152 = errors;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.original_text === undefined){
const err144 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then,data:data74};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data74.original_text !== undefined){
let data76 = data74.original_text;
if(typeof data76 === "string"){
if(!pattern1.test(data76)){
const err145 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.properties.original_text,data:data76};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.properties.original_text.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.properties.original_text,data:data76};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
var _valid0 = _errs152 === errors;
valid25 = _valid0;
ifClause0 = "then";
}
else {
const _errs155 = errors;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.original_text !== undefined){
const err147 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.else.properties.original_text,data:data74.original_text};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
var _valid0 = _errs155 === errors;
valid25 = _valid0;
ifClause0 = "else";
}
if(!valid25){
const err148 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.if,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data74};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.had === undefined){
const err149 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data74};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data74.written === undefined){
const err150 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data74};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
for(const key5 in data74){
if(!(((key5 === "had") || (key5 === "original_text")) || (key5 === "written"))){
const err151 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data74};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data74.had !== undefined){
let data78 = data74.had;
if(typeof data78 !== "boolean"){
const err152 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/had",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.had.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.had,data:data78};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data74.original_text !== undefined){
let data79 = data74.original_text;
if(typeof data79 === "string"){
if(!pattern1.test(data79)){
const err153 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.original_text,data:data79};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.original_text.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.original_text,data:data79};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data74.written !== undefined){
let data80 = data74.written;
if((typeof data80 !== "string") && (!(typeof data80 == "number"))){
const err155 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/written",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/written/type",keyword:"type",params:{type: schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.written.type},message:"must be string,number",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.written.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.written,data:data80};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data74};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data73.ssh_port !== undefined){
let data81 = data73.ssh_port;
const _errs165 = errors;
let valid30 = true;
const _errs166 = errors;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.had !== undefined){
if(true !== data81.had){
const err157 = {};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
var _valid1 = _errs166 === errors;
errors = _errs165;
if(vErrors !== null){
if(_errs165){
vErrors.length = _errs165;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs168 = errors;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.original_text === undefined){
const err158 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then,data:data81};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data81.original_text !== undefined){
let data83 = data81.original_text;
if(typeof data83 === "string"){
if(!pattern1.test(data83)){
const err159 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.properties.original_text,data:data83};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.properties.original_text.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.properties.original_text,data:data83};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
var _valid1 = _errs168 === errors;
valid30 = _valid1;
ifClause1 = "then";
}
else {
const _errs171 = errors;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.original_text !== undefined){
const err161 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.else.properties.original_text,data:data81.original_text};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
var _valid1 = _errs171 === errors;
valid30 = _valid1;
ifClause1 = "else";
}
if(!valid30){
const err162 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.if,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data81};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.had === undefined){
const err163 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data81};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data81.written === undefined){
const err164 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data81};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
for(const key6 in data81){
if(!(((key6 === "had") || (key6 === "original_text")) || (key6 === "written"))){
const err165 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data81};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data81.had !== undefined){
let data85 = data81.had;
if(typeof data85 !== "boolean"){
const err166 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/had",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.had.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.had,data:data85};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data81.original_text !== undefined){
let data86 = data81.original_text;
if(typeof data86 === "string"){
if(!pattern1.test(data86)){
const err167 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.original_text,data:data86};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.original_text.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.original_text,data:data86};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data81.written !== undefined){
let data87 = data81.written;
if((typeof data87 !== "string") && (!(typeof data87 == "number"))){
const err169 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/written",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/written/type",keyword:"type",params:{type: schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.written.type},message:"must be string,number",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.written.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.written,data:data87};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data81};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data73.console_port !== undefined){
let data88 = data73.console_port;
const _errs181 = errors;
let valid35 = true;
const _errs182 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.had !== undefined){
if(true !== data88.had){
const err171 = {};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
var _valid2 = _errs182 === errors;
errors = _errs181;
if(vErrors !== null){
if(_errs181){
vErrors.length = _errs181;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs184 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.original_text === undefined){
const err172 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.then,data:data88};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data88.original_text !== undefined){
let data90 = data88.original_text;
if(typeof data90 === "string"){
if(!pattern1.test(data90)){
const err173 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.properties.original_text,data:data90};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.properties.original_text.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.properties.original_text,data:data90};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
var _valid2 = _errs184 === errors;
valid35 = _valid2;
ifClause2 = "then";
}
else {
const _errs187 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.original_text !== undefined){
const err175 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.else.properties.original_text,data:data88.original_text};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
var _valid2 = _errs187 === errors;
valid35 = _valid2;
ifClause2 = "else";
}
if(!valid35){
const err176 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.if,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data88};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.had === undefined){
const err177 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data88};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(data88.written === undefined){
const err178 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.required,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data88};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
for(const key7 in data88){
if(!(((key7 === "had") || (key7 === "original_text")) || (key7 === "written"))){
const err179 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data88};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data88.had !== undefined){
let data92 = data88.had;
if(typeof data92 !== "boolean"){
const err180 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/had",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.had.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.had,data:data92};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data88.original_text !== undefined){
let data93 = data88.original_text;
if(typeof data93 === "string"){
if(!pattern1.test(data93)){
const err181 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.original_text,data:data93};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.original_text.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.original_text,data:data93};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data88.written !== undefined){
let data94 = data88.written;
if((typeof data94 !== "string") && (!(typeof data94 == "number"))){
const err183 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/written",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/written/type",keyword:"type",params:{type: schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.written.type},message:"must be string,number",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.written.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.written,data:data94};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data88};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.additionalProperties.properties.fields.type,parentSchema:schema11.properties.profiles.additionalProperties.properties.fields,data:data73};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.additionalProperties.type,parentSchema:schema11.properties.profiles.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.type,parentSchema:schema11.properties.profiles,data:data69};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data.snapshots !== undefined){
let data95 = data.snapshots;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key8 in data95){
let data96 = data95[key8];
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.name === undefined){
const err188 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/snapshots/additionalProperties/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.snapshots.additionalProperties.required,parentSchema:schema11.properties.snapshots.additionalProperties,data:data96};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data96.created === undefined){
const err189 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/snapshots/additionalProperties/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema11.properties.snapshots.additionalProperties.required,parentSchema:schema11.properties.snapshots.additionalProperties,data:data96};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data96.nodes === undefined){
const err190 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/snapshots/additionalProperties/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'",schema:schema11.properties.snapshots.additionalProperties.required,parentSchema:schema11.properties.snapshots.additionalProperties,data:data96};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data96.desired_hash === undefined){
const err191 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/snapshots/additionalProperties/required",keyword:"required",params:{missingProperty: "desired_hash"},message:"must have required property '"+"desired_hash"+"'",schema:schema11.properties.snapshots.additionalProperties.required,parentSchema:schema11.properties.snapshots.additionalProperties,data:data96};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data96.name !== undefined){
let data97 = data96.name;
if(typeof data97 !== "string"){
const err192 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/snapshots/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshots.additionalProperties.properties.name.type,parentSchema:schema11.properties.snapshots.additionalProperties.properties.name,data:data97};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data96.created !== undefined){
let data98 = data96.created;
if(typeof data98 !== "string"){
const err193 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/created",schemaPath:"#/properties/snapshots/additionalProperties/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshots.additionalProperties.properties.created.type,parentSchema:schema11.properties.snapshots.additionalProperties.properties.created,data:data98};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data96.nodes !== undefined){
let data99 = data96.nodes;
if(Array.isArray(data99)){
const len5 = data99.length;
for(let i5=0; i5<len5; i5++){
let data100 = data99[i5];
if(typeof data100 !== "string"){
const err194 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/nodes/" + i5,schemaPath:"#/properties/snapshots/additionalProperties/properties/nodes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshots.additionalProperties.properties.nodes.items.type,parentSchema:schema11.properties.snapshots.additionalProperties.properties.nodes.items,data:data100};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/nodes",schemaPath:"#/properties/snapshots/additionalProperties/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.snapshots.additionalProperties.properties.nodes.type,parentSchema:schema11.properties.snapshots.additionalProperties.properties.nodes,data:data99};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data96.desired_hash !== undefined){
let data101 = data96.desired_hash;
if(typeof data101 !== "string"){
const err196 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/desired_hash",schemaPath:"#/properties/snapshots/additionalProperties/properties/desired_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshots.additionalProperties.properties.desired_hash.type,parentSchema:schema11.properties.snapshots.additionalProperties.properties.desired_hash,data:data101};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/snapshots/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/snapshots/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.snapshots.additionalProperties.type,parentSchema:schema11.properties.snapshots.additionalProperties,data:data96};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/snapshots",schemaPath:"#/properties/snapshots/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.snapshots.type,parentSchema:schema11.properties.snapshots,data:data95};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data.link_intents !== undefined){
let data102 = data.link_intents;
if(Array.isArray(data102)){
const len6 = data102.length;
for(let i6=0; i6<len6; i6++){
let data103 = data102[i6];
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.a === undefined){
const err199 = {instancePath:instancePath+"/link_intents/" + i6,schemaPath:"#/properties/link_intents/items/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'",schema:schema11.properties.link_intents.items.required,parentSchema:schema11.properties.link_intents.items,data:data103};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data103.z === undefined){
const err200 = {instancePath:instancePath+"/link_intents/" + i6,schemaPath:"#/properties/link_intents/items/required",keyword:"required",params:{missingProperty: "z"},message:"must have required property '"+"z"+"'",schema:schema11.properties.link_intents.items.required,parentSchema:schema11.properties.link_intents.items,data:data103};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data103.admin === undefined){
const err201 = {instancePath:instancePath+"/link_intents/" + i6,schemaPath:"#/properties/link_intents/items/required",keyword:"required",params:{missingProperty: "admin"},message:"must have required property '"+"admin"+"'",schema:schema11.properties.link_intents.items.required,parentSchema:schema11.properties.link_intents.items,data:data103};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data103.since === undefined){
const err202 = {instancePath:instancePath+"/link_intents/" + i6,schemaPath:"#/properties/link_intents/items/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'",schema:schema11.properties.link_intents.items.required,parentSchema:schema11.properties.link_intents.items,data:data103};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(data103.a !== undefined){
let data104 = data103.a;
if(typeof data104 !== "string"){
const err203 = {instancePath:instancePath+"/link_intents/" + i6+"/a",schemaPath:"#/properties/link_intents/items/properties/a/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.link_intents.items.properties.a.type,parentSchema:schema11.properties.link_intents.items.properties.a,data:data104};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data103.z !== undefined){
let data105 = data103.z;
if(typeof data105 !== "string"){
const err204 = {instancePath:instancePath+"/link_intents/" + i6+"/z",schemaPath:"#/properties/link_intents/items/properties/z/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.link_intents.items.properties.z.type,parentSchema:schema11.properties.link_intents.items.properties.z,data:data105};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data103.admin !== undefined){
let data106 = data103.admin;
if("down" !== data106){
const err205 = {instancePath:instancePath+"/link_intents/" + i6+"/admin",schemaPath:"#/properties/link_intents/items/properties/admin/const",keyword:"const",params:{allowedValue: "down"},message:"must be equal to constant",schema:"down",parentSchema:schema11.properties.link_intents.items.properties.admin,data:data106};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data103.since !== undefined){
let data107 = data103.since;
if(typeof data107 !== "string"){
const err206 = {instancePath:instancePath+"/link_intents/" + i6+"/since",schemaPath:"#/properties/link_intents/items/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.link_intents.items.properties.since.type,parentSchema:schema11.properties.link_intents.items.properties.since,data:data107};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/link_intents/" + i6,schemaPath:"#/properties/link_intents/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.link_intents.items.type,parentSchema:schema11.properties.link_intents.items,data:data103};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/link_intents",schemaPath:"#/properties/link_intents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.link_intents.type,parentSchema:schema11.properties.link_intents,data:data102};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data.link_impairments !== undefined){
let data108 = data.link_impairments;
if(Array.isArray(data108)){
const len7 = data108.length;
for(let i7=0; i7<len7; i7++){
let data109 = data108[i7];
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.from === undefined){
const err209 = {instancePath:instancePath+"/link_impairments/" + i7,schemaPath:"#/properties/link_impairments/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.link_impairments.items.required,parentSchema:schema11.properties.link_impairments.items,data:data109};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data109.to === undefined){
const err210 = {instancePath:instancePath+"/link_impairments/" + i7,schemaPath:"#/properties/link_impairments/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.link_impairments.items.required,parentSchema:schema11.properties.link_impairments.items,data:data109};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(data109.impairment === undefined){
const err211 = {instancePath:instancePath+"/link_impairments/" + i7,schemaPath:"#/properties/link_impairments/items/required",keyword:"required",params:{missingProperty: "impairment"},message:"must have required property '"+"impairment"+"'",schema:schema11.properties.link_impairments.items.required,parentSchema:schema11.properties.link_impairments.items,data:data109};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(data109.since === undefined){
const err212 = {instancePath:instancePath+"/link_impairments/" + i7,schemaPath:"#/properties/link_impairments/items/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'",schema:schema11.properties.link_impairments.items.required,parentSchema:schema11.properties.link_impairments.items,data:data109};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data109.from !== undefined){
let data110 = data109.from;
if(typeof data110 !== "string"){
const err213 = {instancePath:instancePath+"/link_impairments/" + i7+"/from",schemaPath:"#/properties/link_impairments/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.link_impairments.items.properties.from.type,parentSchema:schema11.properties.link_impairments.items.properties.from,data:data110};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data109.to !== undefined){
let data111 = data109.to;
if(typeof data111 !== "string"){
const err214 = {instancePath:instancePath+"/link_impairments/" + i7+"/to",schemaPath:"#/properties/link_impairments/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.link_impairments.items.properties.to.type,parentSchema:schema11.properties.link_impairments.items.properties.to,data:data111};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data109.impairment !== undefined){
let data112 = data109.impairment;
if((!(data112 && typeof data112 == "object" && !Array.isArray(data112))) && (data112 !== null)){
const err215 = {instancePath:instancePath+"/link_impairments/" + i7+"/impairment",schemaPath:"#/properties/link_impairments/items/properties/impairment/type",keyword:"type",params:{type: schema11.properties.link_impairments.items.properties.impairment.type},message:"must be object,null",schema:schema11.properties.link_impairments.items.properties.impairment.type,parentSchema:schema11.properties.link_impairments.items.properties.impairment,data:data112};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data109.since !== undefined){
let data113 = data109.since;
if(typeof data113 !== "string"){
const err216 = {instancePath:instancePath+"/link_impairments/" + i7+"/since",schemaPath:"#/properties/link_impairments/items/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.link_impairments.items.properties.since.type,parentSchema:schema11.properties.link_impairments.items.properties.since,data:data113};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/link_impairments/" + i7,schemaPath:"#/properties/link_impairments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.link_impairments.items.type,parentSchema:schema11.properties.link_impairments.items,data:data109};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/link_impairments",schemaPath:"#/properties/link_impairments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.link_impairments.type,parentSchema:schema11.properties.link_impairments,data:data108};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
else {
const err219 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateProfileRecord = validate11;
const schema12 = {"type":"object","required":["file","existed","fields"],"additionalProperties":false,"properties":{"file":{"type":"string","pattern":"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$","description":"a profile inside the spec directory, profiles/<node>.json or nodes/<node>.json"},"existed":{"type":"boolean"},"fields":{"type":"object","additionalProperties":false,"properties":{"mgmt_ip":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}},"ssh_port":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}},"console_port":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}}}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.file === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.existed === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "existed"},message:"must have required property '"+"existed"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fields === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "file") || (key0 === "existed")) || (key0 === "fields"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.file !== undefined){
let data0 = data.file;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/pattern",keyword:"pattern",params:{pattern: "^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$"},message:"must match pattern \""+"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$"+"\"",schema:"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$",parentSchema:schema12.properties.file,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.file.type,parentSchema:schema12.properties.file,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.existed !== undefined){
let data1 = data.existed;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/existed",schemaPath:"#/properties/existed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.existed.type,parentSchema:schema12.properties.existed,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.fields !== undefined){
let data2 = data.fields;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((key1 === "mgmt_ip") || (key1 === "ssh_port")) || (key1 === "console_port"))){
const err7 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.fields,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.mgmt_ip !== undefined){
let data3 = data2.mgmt_ip;
const _errs11 = errors;
let valid2 = true;
const _errs12 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.had !== undefined){
if(true !== data3.had){
const err8 = {};
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
var _valid0 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs14 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.original_text === undefined){
const err9 = {instancePath:instancePath+"/fields/mgmt_ip",schemaPath:"#/properties/fields/properties/mgmt_ip/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema12.properties.fields.properties.mgmt_ip.then.required,parentSchema:schema12.properties.fields.properties.mgmt_ip.then,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.original_text !== undefined){
let data5 = data3.original_text;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err10 = {instancePath:instancePath+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/fields/properties/mgmt_ip/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.fields.properties.mgmt_ip.then.properties.original_text,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/fields/properties/mgmt_ip/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.fields.properties.mgmt_ip.then.properties.original_text.type,parentSchema:schema12.properties.fields.properties.mgmt_ip.then.properties.original_text,data:data5};
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
var _valid0 = _errs14 === errors;
valid2 = _valid0;
ifClause0 = "then";
}
else {
const _errs17 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.original_text !== undefined){
const err12 = {instancePath:instancePath+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/fields/properties/mgmt_ip/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema12.properties.fields.properties.mgmt_ip.else.properties.original_text,data:data3.original_text};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs17 === errors;
valid2 = _valid0;
ifClause0 = "else";
}
if(!valid2){
const err13 = {instancePath:instancePath+"/fields/mgmt_ip",schemaPath:"#/properties/fields/properties/mgmt_ip/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema12.properties.fields.properties.mgmt_ip.if,parentSchema:schema12.properties.fields.properties.mgmt_ip,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.had === undefined){
const err14 = {instancePath:instancePath+"/fields/mgmt_ip",schemaPath:"#/properties/fields/properties/mgmt_ip/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema12.properties.fields.properties.mgmt_ip.required,parentSchema:schema12.properties.fields.properties.mgmt_ip,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.written === undefined){
const err15 = {instancePath:instancePath+"/fields/mgmt_ip",schemaPath:"#/properties/fields/properties/mgmt_ip/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema12.properties.fields.properties.mgmt_ip.required,parentSchema:schema12.properties.fields.properties.mgmt_ip,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data3){
if(!(((key2 === "had") || (key2 === "original_text")) || (key2 === "written"))){
const err16 = {instancePath:instancePath+"/fields/mgmt_ip",schemaPath:"#/properties/fields/properties/mgmt_ip/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.fields.properties.mgmt_ip,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.had !== undefined){
let data7 = data3.had;
if(typeof data7 !== "boolean"){
const err17 = {instancePath:instancePath+"/fields/mgmt_ip/had",schemaPath:"#/properties/fields/properties/mgmt_ip/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fields.properties.mgmt_ip.properties.had.type,parentSchema:schema12.properties.fields.properties.mgmt_ip.properties.had,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.original_text !== undefined){
let data8 = data3.original_text;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err18 = {instancePath:instancePath+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/fields/properties/mgmt_ip/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.fields.properties.mgmt_ip.properties.original_text,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/fields/properties/mgmt_ip/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.fields.properties.mgmt_ip.properties.original_text.type,parentSchema:schema12.properties.fields.properties.mgmt_ip.properties.original_text,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.written !== undefined){
let data9 = data3.written;
if((typeof data9 !== "string") && (!(typeof data9 == "number"))){
const err20 = {instancePath:instancePath+"/fields/mgmt_ip/written",schemaPath:"#/properties/fields/properties/mgmt_ip/properties/written/type",keyword:"type",params:{type: schema12.properties.fields.properties.mgmt_ip.properties.written.type},message:"must be string,number",schema:schema12.properties.fields.properties.mgmt_ip.properties.written.type,parentSchema:schema12.properties.fields.properties.mgmt_ip.properties.written,data:data9};
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
else {
const err21 = {instancePath:instancePath+"/fields/mgmt_ip",schemaPath:"#/properties/fields/properties/mgmt_ip/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.fields.properties.mgmt_ip.type,parentSchema:schema12.properties.fields.properties.mgmt_ip,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.ssh_port !== undefined){
let data10 = data2.ssh_port;
const _errs27 = errors;
let valid7 = true;
const _errs28 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.had !== undefined){
if(true !== data10.had){
const err22 = {};
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
var _valid1 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs30 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.original_text === undefined){
const err23 = {instancePath:instancePath+"/fields/ssh_port",schemaPath:"#/properties/fields/properties/ssh_port/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema12.properties.fields.properties.ssh_port.then.required,parentSchema:schema12.properties.fields.properties.ssh_port.then,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10.original_text !== undefined){
let data12 = data10.original_text;
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err24 = {instancePath:instancePath+"/fields/ssh_port/original_text",schemaPath:"#/properties/fields/properties/ssh_port/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.fields.properties.ssh_port.then.properties.original_text,data:data12};
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
const err25 = {instancePath:instancePath+"/fields/ssh_port/original_text",schemaPath:"#/properties/fields/properties/ssh_port/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.fields.properties.ssh_port.then.properties.original_text.type,parentSchema:schema12.properties.fields.properties.ssh_port.then.properties.original_text,data:data12};
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
var _valid1 = _errs30 === errors;
valid7 = _valid1;
ifClause1 = "then";
}
else {
const _errs33 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.original_text !== undefined){
const err26 = {instancePath:instancePath+"/fields/ssh_port/original_text",schemaPath:"#/properties/fields/properties/ssh_port/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema12.properties.fields.properties.ssh_port.else.properties.original_text,data:data10.original_text};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid1 = _errs33 === errors;
valid7 = _valid1;
ifClause1 = "else";
}
if(!valid7){
const err27 = {instancePath:instancePath+"/fields/ssh_port",schemaPath:"#/properties/fields/properties/ssh_port/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema12.properties.fields.properties.ssh_port.if,parentSchema:schema12.properties.fields.properties.ssh_port,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.had === undefined){
const err28 = {instancePath:instancePath+"/fields/ssh_port",schemaPath:"#/properties/fields/properties/ssh_port/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema12.properties.fields.properties.ssh_port.required,parentSchema:schema12.properties.fields.properties.ssh_port,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.written === undefined){
const err29 = {instancePath:instancePath+"/fields/ssh_port",schemaPath:"#/properties/fields/properties/ssh_port/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema12.properties.fields.properties.ssh_port.required,parentSchema:schema12.properties.fields.properties.ssh_port,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data10){
if(!(((key3 === "had") || (key3 === "original_text")) || (key3 === "written"))){
const err30 = {instancePath:instancePath+"/fields/ssh_port",schemaPath:"#/properties/fields/properties/ssh_port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.fields.properties.ssh_port,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.had !== undefined){
let data14 = data10.had;
if(typeof data14 !== "boolean"){
const err31 = {instancePath:instancePath+"/fields/ssh_port/had",schemaPath:"#/properties/fields/properties/ssh_port/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fields.properties.ssh_port.properties.had.type,parentSchema:schema12.properties.fields.properties.ssh_port.properties.had,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.original_text !== undefined){
let data15 = data10.original_text;
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err32 = {instancePath:instancePath+"/fields/ssh_port/original_text",schemaPath:"#/properties/fields/properties/ssh_port/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.fields.properties.ssh_port.properties.original_text,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/fields/ssh_port/original_text",schemaPath:"#/properties/fields/properties/ssh_port/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.fields.properties.ssh_port.properties.original_text.type,parentSchema:schema12.properties.fields.properties.ssh_port.properties.original_text,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.written !== undefined){
let data16 = data10.written;
if((typeof data16 !== "string") && (!(typeof data16 == "number"))){
const err34 = {instancePath:instancePath+"/fields/ssh_port/written",schemaPath:"#/properties/fields/properties/ssh_port/properties/written/type",keyword:"type",params:{type: schema12.properties.fields.properties.ssh_port.properties.written.type},message:"must be string,number",schema:schema12.properties.fields.properties.ssh_port.properties.written.type,parentSchema:schema12.properties.fields.properties.ssh_port.properties.written,data:data16};
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
else {
const err35 = {instancePath:instancePath+"/fields/ssh_port",schemaPath:"#/properties/fields/properties/ssh_port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.fields.properties.ssh_port.type,parentSchema:schema12.properties.fields.properties.ssh_port,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data2.console_port !== undefined){
let data17 = data2.console_port;
const _errs43 = errors;
let valid12 = true;
const _errs44 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.had !== undefined){
if(true !== data17.had){
const err36 = {};
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
var _valid2 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs46 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.original_text === undefined){
const err37 = {instancePath:instancePath+"/fields/console_port",schemaPath:"#/properties/fields/properties/console_port/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema12.properties.fields.properties.console_port.then.required,parentSchema:schema12.properties.fields.properties.console_port.then,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17.original_text !== undefined){
let data19 = data17.original_text;
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
const err38 = {instancePath:instancePath+"/fields/console_port/original_text",schemaPath:"#/properties/fields/properties/console_port/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.fields.properties.console_port.then.properties.original_text,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/fields/console_port/original_text",schemaPath:"#/properties/fields/properties/console_port/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.fields.properties.console_port.then.properties.original_text.type,parentSchema:schema12.properties.fields.properties.console_port.then.properties.original_text,data:data19};
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
var _valid2 = _errs46 === errors;
valid12 = _valid2;
ifClause2 = "then";
}
else {
const _errs49 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.original_text !== undefined){
const err40 = {instancePath:instancePath+"/fields/console_port/original_text",schemaPath:"#/properties/fields/properties/console_port/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema12.properties.fields.properties.console_port.else.properties.original_text,data:data17.original_text};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid2 = _errs49 === errors;
valid12 = _valid2;
ifClause2 = "else";
}
if(!valid12){
const err41 = {instancePath:instancePath+"/fields/console_port",schemaPath:"#/properties/fields/properties/console_port/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema12.properties.fields.properties.console_port.if,parentSchema:schema12.properties.fields.properties.console_port,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.had === undefined){
const err42 = {instancePath:instancePath+"/fields/console_port",schemaPath:"#/properties/fields/properties/console_port/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema12.properties.fields.properties.console_port.required,parentSchema:schema12.properties.fields.properties.console_port,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data17.written === undefined){
const err43 = {instancePath:instancePath+"/fields/console_port",schemaPath:"#/properties/fields/properties/console_port/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema12.properties.fields.properties.console_port.required,parentSchema:schema12.properties.fields.properties.console_port,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key4 in data17){
if(!(((key4 === "had") || (key4 === "original_text")) || (key4 === "written"))){
const err44 = {instancePath:instancePath+"/fields/console_port",schemaPath:"#/properties/fields/properties/console_port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.fields.properties.console_port,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17.had !== undefined){
let data21 = data17.had;
if(typeof data21 !== "boolean"){
const err45 = {instancePath:instancePath+"/fields/console_port/had",schemaPath:"#/properties/fields/properties/console_port/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fields.properties.console_port.properties.had.type,parentSchema:schema12.properties.fields.properties.console_port.properties.had,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.original_text !== undefined){
let data22 = data17.original_text;
if(typeof data22 === "string"){
if(!pattern1.test(data22)){
const err46 = {instancePath:instancePath+"/fields/console_port/original_text",schemaPath:"#/properties/fields/properties/console_port/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.fields.properties.console_port.properties.original_text,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/fields/console_port/original_text",schemaPath:"#/properties/fields/properties/console_port/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.fields.properties.console_port.properties.original_text.type,parentSchema:schema12.properties.fields.properties.console_port.properties.original_text,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.written !== undefined){
let data23 = data17.written;
if((typeof data23 !== "string") && (!(typeof data23 == "number"))){
const err48 = {instancePath:instancePath+"/fields/console_port/written",schemaPath:"#/properties/fields/properties/console_port/properties/written/type",keyword:"type",params:{type: schema12.properties.fields.properties.console_port.properties.written.type},message:"must be string,number",schema:schema12.properties.fields.properties.console_port.properties.written.type,parentSchema:schema12.properties.fields.properties.console_port.properties.written,data:data23};
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
const err49 = {instancePath:instancePath+"/fields/console_port",schemaPath:"#/properties/fields/properties/console_port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.fields.properties.console_port.type,parentSchema:schema12.properties.fields.properties.console_port,data:data17};
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
const err50 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.fields.type,parentSchema:schema12.properties.fields,data:data2};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateControllerRecord = validate12;
const schema13 = {"type":"object","required":["format_version","name","spec_dir","servers"],"additionalProperties":false,"properties":{"format_version":{"const":1},"name":{"type":"string"},"spec_dir":{"type":"string","pattern":"^/","description":"an absolute path"},"sources":{"type":"object","additionalProperties":false,"properties":{"platforms":{"type":"string","pattern":"^/","description":"an absolute path"},"secrets":{"type":"string","pattern":"^/","description":"an absolute path"}}},"servers":{"type":"array","items":{"type":"object","required":["name","address","ssh","vmlab"],"additionalProperties":false,"properties":{"name":{"type":"string"},"address":{"type":"string"},"ssh":{"type":"string"},"vmlab":{"type":"string"}}}},"placement":{"type":"object","additionalProperties":{"type":"string"}},"profiles":{"type":"object","additionalProperties":{"type":"object","required":["file","existed","fields"],"additionalProperties":false,"properties":{"file":{"type":"string","pattern":"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$","description":"a profile inside the spec directory, profiles/<node>.json or nodes/<node>.json"},"existed":{"type":"boolean"},"fields":{"type":"object","additionalProperties":false,"properties":{"mgmt_ip":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}},"ssh_port":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}},"console_port":{"type":"object","required":["had","written"],"additionalProperties":false,"properties":{"had":{"type":"boolean"},"original_text":{"type":"string","pattern":"\\S"},"written":{"type":["string","number"]}},"if":{"properties":{"had":{"const":true}}},"then":{"properties":{"original_text":{"type":"string","pattern":"\\S"}},"required":["original_text"]},"else":{"properties":{"original_text":false}}}}}}}}}};
const pattern14 = new RegExp("^/", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"},message:"must have required property '"+"format_version"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.spec_dir === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_dir"},message:"must have required property '"+"spec_dir"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.servers === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "format_version") || (key0 === "name")) || (key0 === "spec_dir")) || (key0 === "sources")) || (key0 === "servers")) || (key0 === "placement")) || (key0 === "profiles"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.format_version !== undefined){
let data0 = data.format_version;
if(1 !== data0){
const err5 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema13.properties.format_version,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.name.type,parentSchema:schema13.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.spec_dir !== undefined){
let data2 = data.spec_dir;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err7 = {instancePath:instancePath+"/spec_dir",schemaPath:"#/properties/spec_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema13.properties.spec_dir,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/spec_dir",schemaPath:"#/properties/spec_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.spec_dir.type,parentSchema:schema13.properties.spec_dir,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sources !== undefined){
let data3 = data.sources;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "platforms") || (key1 === "secrets"))){
const err9 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.sources,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.platforms !== undefined){
let data4 = data3.platforms;
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err10 = {instancePath:instancePath+"/sources/platforms",schemaPath:"#/properties/sources/properties/platforms/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema13.properties.sources.properties.platforms,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/sources/platforms",schemaPath:"#/properties/sources/properties/platforms/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.sources.properties.platforms.type,parentSchema:schema13.properties.sources.properties.platforms,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.secrets !== undefined){
let data5 = data3.secrets;
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err12 = {instancePath:instancePath+"/sources/secrets",schemaPath:"#/properties/sources/properties/secrets/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema13.properties.sources.properties.secrets,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/sources/secrets",schemaPath:"#/properties/sources/properties/secrets/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.sources.properties.secrets.type,parentSchema:schema13.properties.sources.properties.secrets,data:data5};
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
const err14 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.sources.type,parentSchema:schema13.properties.sources,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.servers !== undefined){
let data6 = data.servers;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err15 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.properties.servers.items.required,parentSchema:schema13.properties.servers.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7.address === undefined){
const err16 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema13.properties.servers.items.required,parentSchema:schema13.properties.servers.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.ssh === undefined){
const err17 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "ssh"},message:"must have required property '"+"ssh"+"'",schema:schema13.properties.servers.items.required,parentSchema:schema13.properties.servers.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.vmlab === undefined){
const err18 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "vmlab"},message:"must have required property '"+"vmlab"+"'",schema:schema13.properties.servers.items.required,parentSchema:schema13.properties.servers.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "name") || (key2 === "address")) || (key2 === "ssh")) || (key2 === "vmlab"))){
const err19 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.servers.items,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/servers/" + i0+"/name",schemaPath:"#/properties/servers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.servers.items.properties.name.type,parentSchema:schema13.properties.servers.items.properties.name,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.address !== undefined){
let data9 = data7.address;
if(typeof data9 !== "string"){
const err21 = {instancePath:instancePath+"/servers/" + i0+"/address",schemaPath:"#/properties/servers/items/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.servers.items.properties.address.type,parentSchema:schema13.properties.servers.items.properties.address,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.ssh !== undefined){
let data10 = data7.ssh;
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/servers/" + i0+"/ssh",schemaPath:"#/properties/servers/items/properties/ssh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.servers.items.properties.ssh.type,parentSchema:schema13.properties.servers.items.properties.ssh,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.vmlab !== undefined){
let data11 = data7.vmlab;
if(typeof data11 !== "string"){
const err23 = {instancePath:instancePath+"/servers/" + i0+"/vmlab",schemaPath:"#/properties/servers/items/properties/vmlab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.servers.items.properties.vmlab.type,parentSchema:schema13.properties.servers.items.properties.vmlab,data:data11};
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
const err24 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.servers.items.type,parentSchema:schema13.properties.servers.items,data:data7};
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
else {
const err25 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.servers.type,parentSchema:schema13.properties.servers,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.placement !== undefined){
let data12 = data.placement;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
let data13 = data12[key3];
if(typeof data13 !== "string"){
const err26 = {instancePath:instancePath+"/placement/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/placement/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.placement.additionalProperties.type,parentSchema:schema13.properties.placement.additionalProperties,data:data13};
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
const err27 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.placement.type,parentSchema:schema13.properties.placement,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.profiles !== undefined){
let data14 = data.profiles;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
let data15 = data14[key4];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.file === undefined){
const err28 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema13.properties.profiles.additionalProperties.required,parentSchema:schema13.properties.profiles.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15.existed === undefined){
const err29 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/required",keyword:"required",params:{missingProperty: "existed"},message:"must have required property '"+"existed"+"'",schema:schema13.properties.profiles.additionalProperties.required,parentSchema:schema13.properties.profiles.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data15.fields === undefined){
const err30 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema13.properties.profiles.additionalProperties.required,parentSchema:schema13.properties.profiles.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key5 in data15){
if(!(((key5 === "file") || (key5 === "existed")) || (key5 === "fields"))){
const err31 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.profiles.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.file !== undefined){
let data16 = data15.file;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err32 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/properties/profiles/additionalProperties/properties/file/pattern",keyword:"pattern",params:{pattern: "^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$"},message:"must match pattern \""+"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$"+"\"",schema:"^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$",parentSchema:schema13.properties.profiles.additionalProperties.properties.file,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/properties/profiles/additionalProperties/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.file.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.file,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.existed !== undefined){
let data17 = data15.existed;
if(typeof data17 !== "boolean"){
const err34 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/existed",schemaPath:"#/properties/profiles/additionalProperties/properties/existed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.profiles.additionalProperties.properties.existed.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.existed,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15.fields !== undefined){
let data18 = data15.fields;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key6 in data18){
if(!(((key6 === "mgmt_ip") || (key6 === "ssh_port")) || (key6 === "console_port"))){
const err35 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data18.mgmt_ip !== undefined){
let data19 = data18.mgmt_ip;
const _errs47 = errors;
let valid9 = true;
const _errs48 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.had !== undefined){
if(true !== data19.had){
const err36 = {};
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
var _valid0 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs50 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.original_text === undefined){
const err37 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data19.original_text !== undefined){
let data21 = data19.original_text;
if(typeof data21 === "string"){
if(!pattern1.test(data21)){
const err38 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.properties.original_text,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.properties.original_text.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.then.properties.original_text,data:data21};
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
var _valid0 = _errs50 === errors;
valid9 = _valid0;
ifClause0 = "then";
}
else {
const _errs53 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.original_text !== undefined){
const err40 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.else.properties.original_text,data:data19.original_text};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid0 = _errs53 === errors;
valid9 = _valid0;
ifClause0 = "else";
}
if(!valid9){
const err41 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.if,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.had === undefined){
const err42 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data19.written === undefined){
const err43 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key7 in data19){
if(!(((key7 === "had") || (key7 === "original_text")) || (key7 === "written"))){
const err44 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data19.had !== undefined){
let data23 = data19.had;
if(typeof data23 !== "boolean"){
const err45 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/had",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.had.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.had,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data19.original_text !== undefined){
let data24 = data19.original_text;
if(typeof data24 === "string"){
if(!pattern1.test(data24)){
const err46 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.original_text,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.original_text.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.original_text,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.written !== undefined){
let data25 = data19.written;
if((typeof data25 !== "string") && (!(typeof data25 == "number"))){
const err48 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip/written",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/properties/written/type",keyword:"type",params:{type: schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.written.type},message:"must be string,number",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.written.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.properties.written,data:data25};
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
const err49 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/mgmt_ip",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/mgmt_ip/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.mgmt_ip,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18.ssh_port !== undefined){
let data26 = data18.ssh_port;
const _errs63 = errors;
let valid14 = true;
const _errs64 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.had !== undefined){
if(true !== data26.had){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
var _valid1 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs66 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.original_text === undefined){
const err51 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then,data:data26};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data26.original_text !== undefined){
let data28 = data26.original_text;
if(typeof data28 === "string"){
if(!pattern1.test(data28)){
const err52 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.properties.original_text,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.properties.original_text.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.then.properties.original_text,data:data28};
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
var _valid1 = _errs66 === errors;
valid14 = _valid1;
ifClause1 = "then";
}
else {
const _errs69 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.original_text !== undefined){
const err54 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.else.properties.original_text,data:data26.original_text};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid1 = _errs69 === errors;
valid14 = _valid1;
ifClause1 = "else";
}
if(!valid14){
const err55 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.if,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.had === undefined){
const err56 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data26.written === undefined){
const err57 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key8 in data26){
if(!(((key8 === "had") || (key8 === "original_text")) || (key8 === "written"))){
const err58 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data26.had !== undefined){
let data30 = data26.had;
if(typeof data30 !== "boolean"){
const err59 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/had",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.had.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.had,data:data30};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data26.original_text !== undefined){
let data31 = data26.original_text;
if(typeof data31 === "string"){
if(!pattern1.test(data31)){
const err60 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.original_text,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.original_text.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.original_text,data:data31};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data26.written !== undefined){
let data32 = data26.written;
if((typeof data32 !== "string") && (!(typeof data32 == "number"))){
const err62 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port/written",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/properties/written/type",keyword:"type",params:{type: schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.written.type},message:"must be string,number",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.written.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.properties.written,data:data32};
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
const err63 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/ssh_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/ssh_port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.ssh_port,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data18.console_port !== undefined){
let data33 = data18.console_port;
const _errs79 = errors;
let valid19 = true;
const _errs80 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.had !== undefined){
if(true !== data33.had){
const err64 = {};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
var _valid2 = _errs80 === errors;
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs82 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.original_text === undefined){
const err65 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/then/required",keyword:"required",params:{missingProperty: "original_text"},message:"must have required property '"+"original_text"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.then,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data33.original_text !== undefined){
let data35 = data33.original_text;
if(typeof data35 === "string"){
if(!pattern1.test(data35)){
const err66 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/then/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.properties.original_text,data:data35};
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
const err67 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/then/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.properties.original_text.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.then.properties.original_text,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
var _valid2 = _errs82 === errors;
valid19 = _valid2;
ifClause2 = "then";
}
else {
const _errs85 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.original_text !== undefined){
const err68 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/else/properties/original_text/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.else.properties.original_text,data:data33.original_text};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
var _valid2 = _errs85 === errors;
valid19 = _valid2;
ifClause2 = "else";
}
if(!valid19){
const err69 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.if,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data33};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.had === undefined){
const err70 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/required",keyword:"required",params:{missingProperty: "had"},message:"must have required property '"+"had"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data33};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data33.written === undefined){
const err71 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.required,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data33};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key9 in data33){
if(!(((key9 === "had") || (key9 === "original_text")) || (key9 === "written"))){
const err72 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data33};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data33.had !== undefined){
let data37 = data33.had;
if(typeof data37 !== "boolean"){
const err73 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/had",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/had/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.had.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.had,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data33.original_text !== undefined){
let data38 = data33.original_text;
if(typeof data38 === "string"){
if(!pattern1.test(data38)){
const err74 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/original_text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.original_text,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/original_text",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/original_text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.original_text.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.original_text,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data33.written !== undefined){
let data39 = data33.written;
if((typeof data39 !== "string") && (!(typeof data39 == "number"))){
const err76 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port/written",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/properties/written/type",keyword:"type",params:{type: schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.written.type},message:"must be string,number",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.written.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.properties.written,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields/console_port",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/properties/console_port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields.properties.console_port,data:data33};
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
else {
const err78 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fields",schemaPath:"#/properties/profiles/additionalProperties/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.profiles.additionalProperties.properties.fields.type,parentSchema:schema13.properties.profiles.additionalProperties.properties.fields,data:data18};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/profiles/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.profiles.additionalProperties.type,parentSchema:schema13.properties.profiles.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.profiles.type,parentSchema:schema13.properties.profiles,data:data14};
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
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

