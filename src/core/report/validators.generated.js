// Generated from schema/*.schema.json by `npm run generate` (src/core/report/validators-source.ts); edit those.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import runtime0 from 'ajv/dist/runtime/ucs2length.js';
export const perfReport = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/copybook-bench-action/schema/perf-report.schema.json","title":"copybook-bench performance report (perf.json)","type":"object","additionalProperties":false,"required":["schema_version","display_gibs","comp3_mibs","status","compliance_level","summary","warnings","errors","metrics","benchmarks","comparison","memory","_metadata"],"properties":{"schema_version":{"const":"1.0"},"display_gibs":{"description":"DISPLAY throughput in GiB/s, 4 significant digits (a 1% change shows)","type":["number","null"],"minimum":0},"comp3_mibs":{"description":"COMP-3 throughput in MiB/s, 4 significant digits (a 1% change shows)","type":["number","null"],"minimum":0},"status":{"$ref":"#/$defs/status"},"compliance_level":{"enum":["FullyCompliant","ConditionallyCompliant","RequiresAttention","NonCompliant"]},"status_reasons":{"description":"Why the status is not pass, briefly (e.g. \"3 regressed\", \"DISPLAY below floor\"); empty when it passes. Not required: reports written before it existed lack it","type":"array","items":{"type":"string","minLength":1}},"summary":{"type":"string","minLength":1},"shard":{"description":"Present in a sharded job's partial report: which shard it is, the plan every shard computed alike, and the ids this shard ran","type":"object","additionalProperties":false,"required":["index","count","plan","method","listed","ids","testbed","os"],"properties":{"index":{"type":"integer","minimum":1,"maximum":256},"count":{"type":"integer","minimum":1,"maximum":256},"plan":{"description":"The plan's fingerprint: the same in every shard of one plan","type":"string","pattern":"^[0-9a-f]{16}$"},"method":{"enum":["recorded-times","hash"]},"listed":{"description":"How many benchmarks criterion listed, over all shards","type":"integer","minimum":0},"ids":{"description":"The benchmarks this shard was to run","type":"array","items":{"type":"string","minLength":1}},"testbed":{"description":"The job's testbed","type":"string","minLength":1},"os":{"description":"The job's OS as RUNNER_OS spells it (Linux, Windows, macOS), else Node's platform","type":"string","minLength":1}}},"warnings":{"type":"array","items":{"type":"string"}},"errors":{"type":"array","items":{"type":"string"}},"metrics":{"type":"object","additionalProperties":false,"required":["display","comp3"],"properties":{"display":{"$ref":"#/$defs/metric"},"comp3":{"$ref":"#/$defs/metric"}}},"benchmarks":{"type":"array","items":{"$ref":"#/$defs/benchmark"}},"comparison":{"description":"The comparison with the promoted baseline; null when there is none","oneOf":[{"type":"null"},{"$ref":"#/$defs/comparison"}]},"memory":{"type":"object","additionalProperties":false,"required":["peak_rss_bytes","ceiling_bytes"],"properties":{"peak_rss_bytes":{"type":["integer","null"],"minimum":0},"ceiling_bytes":{"type":"number","exclusiveMinimum":0}}},"_metadata":{"type":"object","additionalProperties":false,"required":["timestamp","git_commit","rust_version","environment","execution_context"],"properties":{"source":{"description":"cargo-bench: this run's cargo bench; existing-results: results already on disk; recorded: the example crate's recorded run (the demo without cargo or criterion); shards: the merge of a sharded matrix's partial reports. Absent in reports written before it existed.","enum":["cargo-bench","existing-results","recorded","shards"]},"timestamp":{"type":"string","format":"date-time","pattern":"Z$"},"git_commit":{"type":["string","null"]},"rust_version":{"type":["string","null"]},"environment":{"type":"object","additionalProperties":false,"required":["platform","optimization_level","cpu_cores","memory_gb"],"properties":{"platform":{"type":"string"},"optimization_level":{"type":"string"},"cpu_cores":{"type":"integer","minimum":1},"memory_gb":{"type":"number","minimum":0}}},"execution_context":{"type":"object","additionalProperties":false,"required":["execution_time_seconds","results_source","results_path","config","safety_margins"],"properties":{"execution_time_seconds":{"type":"number","minimum":0},"results_source":{"enum":["disk","stdout","bencher",null]},"results_path":{"type":["string","null"]},"config":{"type":"object","additionalProperties":{"type":"string"}},"safety_margins":{"type":"object","additionalProperties":false,"required":["display_safety_factor","comp3_safety_factor"],"properties":{"display_safety_factor":{"type":["number","null"],"minimum":0},"comp3_safety_factor":{"type":["number","null"],"minimum":0}}}}}}}},"$defs":{"status":{"enum":["pass","warn","fail"]},"utcTimestamp":{"type":"string","format":"date-time","pattern":"Z$"},"comparison":{"type":"object","additionalProperties":false,"required":["baseline","thresholds","regressions","improvements","changes"],"properties":{"baseline":{"description":"The promotion compared with; for a paired comparison, the paired revision and when it was measured","type":"object","additionalProperties":false,"required":["commit","promoted_at","ref"],"properties":{"commit":{"type":["string","null"]},"promoted_at":{"$ref":"#/$defs/utcTimestamp"},"ref":{"type":["string","null"]}}},"thresholds":{"description":"regression-threshold and the fixed noise-threshold, in percent","type":"object","additionalProperties":false,"required":["regression_pct","noise_pct"],"properties":{"regression_pct":{"type":"number","minimum":0},"noise_pct":{"type":"number","minimum":0}}},"regressions":{"description":"Changes whose verdict is regressed","type":"integer","minimum":0},"improvements":{"description":"Changes whose verdict is improved","type":"integer","minimum":0},"changes":{"description":"One per benchmark in either run, worst first","type":"array","items":{"$ref":"#/$defs/change"}},"paired":{"description":"Present when benchmarks were measured on this runner against a second revision","type":"object","additionalProperties":false,"required":["mode","ref","commit","rounds","order","together","measurement_seconds","extra_seconds"],"properties":{"mode":{"description":"paired: every benchmark; confirm: only those the stored baseline flagged were measured again","enum":["paired","confirm"]},"ref":{"type":"string","minLength":1},"commit":{"type":"string","minLength":1},"rounds":{"type":"integer","minimum":1},"order":{"description":"Which side ran first in each round","type":"array","items":{"enum":["base","head"]}},"together":{"description":"true: each round ran both sides at the same time, a core each (duet); false: one after the other","type":"boolean"},"measurement_seconds":{"type":"number","exclusiveMinimum":0},"extra_seconds":{"description":"Wall time the pairing added to the run","type":"number","minimum":0}}}}},"change":{"type":"object","additionalProperties":false,"required":["id","metric","baseline","current","change_pct","lower_pct","upper_pct","verdict","noise_threshold_pct","threshold_source"],"properties":{"id":{"type":"string","minLength":1},"quantity":{"description":"What was compared. throughput: bytes per second, higher is better; time: ns per iteration, lower is better. Not required: reports written before it existed have only metric","enum":["throughput","time"]},"metric":{"description":"Deprecated: the former name of quantity, written with the same value; read quantity","deprecated":true,"enum":["throughput","time"]},"baseline":{"description":"Point value in the quantity's unit","type":["number","null"],"minimum":0},"current":{"description":"Point value in the quantity's unit","type":["number","null"],"minimum":0},"change_pct":{"description":"(current / baseline - 1) x 100","type":["number","null"]},"lower_pct":{"description":"Current lower bound vs baseline upper bound, in percent","type":["number","null"]},"upper_pct":{"description":"Current upper bound vs baseline lower bound, in percent","type":["number","null"]},"verdict":{"description":"inconclusive: a paired comparison whose rounds cannot place the change (fewer than 3 usable, or an interval reaching into the noise)","enum":["regressed","improved","unchanged","inconclusive","new","missing"]},"method":{"description":"baseline: compared with the stored baseline; paired: the base revision measured on this runner, interleaved with the head. Absent in reports written before paired comparisons","enum":["baseline","paired"]},"paired":{"description":"A paired comparison's rounds","type":"object","additionalProperties":false,"required":["statistic","ratios","confidence"],"properties":{"statistic":{"description":"Each side's value in a round: fastest, its fastest sample per iteration (the one a busy machine delayed least); typical, criterion's slope or mean (a round without samples)","enum":["fastest","typical"]},"ratios":{"description":"Each round's ratio head/base, higher is better (a time's is base/head); null when a side was not measured","type":"array","items":{"type":["number","null"],"exclusiveMinimum":0}},"confidence":{"description":"How often the sign-test interval holds the median ratio; null with fewer than 3 usable rounds","type":["number","null"],"minimum":0,"maximum":1}}},"noise_threshold_pct":{"description":"The noise threshold this verdict used","type":"number","minimum":0},"threshold_source":{"description":"fixed: noise-threshold; history: twice the benchmark's coefficient of variation over the baseline history; run: the larger coefficient of variation of the two runs","enum":["fixed","history","run"]}},"allOf":[{"if":{"properties":{"verdict":{"enum":["regressed","improved"]}}},"then":{"properties":{"baseline":{"type":"number"},"current":{"type":"number"},"change_pct":{"type":"number"},"lower_pct":{"type":"number"},"upper_pct":{"type":"number"}}}},{"if":{"properties":{"verdict":{"const":"unchanged"}}},"then":{"properties":{"baseline":{"type":"number"},"current":{"type":"number"}}}},{"if":{"properties":{"verdict":{"const":"new"}}},"then":{"properties":{"baseline":{"type":"null"},"current":{"type":"number"},"change_pct":{"type":"null"},"lower_pct":{"type":"null"},"upper_pct":{"type":"null"}}}},{"if":{"properties":{"verdict":{"const":"missing"}}},"then":{"properties":{"baseline":{"type":"number"},"current":{"type":"null"},"change_pct":{"type":"null"},"lower_pct":{"type":"null"},"upper_pct":{"type":"null"}}}}]},"interval":{"type":"object","additionalProperties":false,"required":["lower","point","upper"],"properties":{"lower":{"type":"number"},"point":{"type":"number"},"upper":{"type":"number"}}},"nullableInterval":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/interval"}]},"metric":{"type":"object","additionalProperties":false,"required":["label","bytes_per_second","value","unit","patterns","ids","aggregate","floor","safety_factor","status"],"properties":{"label":{"type":"string"},"bytes_per_second":{"$ref":"#/$defs/nullableInterval"},"value":{"type":["number","null"],"minimum":0},"unit":{"enum":["GiB/s","MiB/s"]},"patterns":{"type":"array","items":{"type":"string"},"minItems":1},"ids":{"type":"array","items":{"type":"string"}},"aggregate":{"enum":["max","min","median","mean"]},"floor":{"type":"object","additionalProperties":false,"required":["text","bytes_per_second"],"properties":{"text":{"type":"string"},"bytes_per_second":{"type":"number","exclusiveMinimum":0}}},"safety_factor":{"type":["number","null"],"minimum":0},"status":{"enum":["pass","warn","fail","missing"]},"change_pct":{"description":"(value / the baseline's value - 1) x 100; null without a comparison. Not required: reports written before it existed lack it","type":["number","null"]}}},"benchmark":{"type":"object","additionalProperties":false,"required":["id","group","function","value","metric","throughput","time_ns","std_dev_ns","rate","bytes_per_second","source"],"properties":{"id":{"type":"string","minLength":1},"group":{"type":"string"},"function":{"type":["string","null"]},"value":{"type":["string","null"]},"metric":{"enum":["display","comp3",null]},"throughput":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["kind","per_iteration"],"properties":{"kind":{"enum":["bytes","bytes_decimal","elements","bits","elements_and_bytes"]},"per_iteration":{"type":["number","null"],"minimum":0}}}]},"time_ns":{"$ref":"#/$defs/interval"},"std_dev_ns":{"type":["number","null"],"minimum":0},"rate":{"$ref":"#/$defs/nullableInterval"},"bytes_per_second":{"$ref":"#/$defs/nullableInterval"},"source":{"enum":["disk","stdout","bencher"]},"measured_seconds":{"description":"The time criterion spent measuring the benchmark (its samples' times added up), read from sample.json by a sharded run to balance later plans; absent when not read","type":["number","null"],"minimum":0}}}}};
const schema32 = {"enum":["pass","warn","fail"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0.default;
const pattern4 = new RegExp("^[0-9a-f]{16}$", "u");
const pattern5 = new RegExp("Z$", "u");
const schema33 = {"type":"object","additionalProperties":false,"required":["label","bytes_per_second","value","unit","patterns","ids","aggregate","floor","safety_factor","status"],"properties":{"label":{"type":"string"},"bytes_per_second":{"$ref":"#/$defs/nullableInterval"},"value":{"type":["number","null"],"minimum":0},"unit":{"enum":["GiB/s","MiB/s"]},"patterns":{"type":"array","items":{"type":"string"},"minItems":1},"ids":{"type":"array","items":{"type":"string"}},"aggregate":{"enum":["max","min","median","mean"]},"floor":{"type":"object","additionalProperties":false,"required":["text","bytes_per_second"],"properties":{"text":{"type":"string"},"bytes_per_second":{"type":"number","exclusiveMinimum":0}}},"safety_factor":{"type":["number","null"],"minimum":0},"status":{"enum":["pass","warn","fail","missing"]},"change_pct":{"description":"(value / the baseline's value - 1) x 100; null without a comparison. Not required: reports written before it existed lack it","type":["number","null"]}}};
const schema34 = {"oneOf":[{"type":"null"},{"$ref":"#/$defs/interval"}]};
const schema35 = {"type":"object","additionalProperties":false,"required":["lower","point","upper"],"properties":{"lower":{"type":"number"},"point":{"type":"number"},"upper":{"type":"number"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.lower === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "lower"},message:"must have required property '"+"lower"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.point === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "point"},message:"must have required property '"+"point"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.upper === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "upper"},message:"must have required property '"+"upper"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "lower") || (key0 === "point")) || (key0 === "upper"))){
const err4 = {instancePath,schemaPath:"#/$defs/interval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.lower !== undefined){
let data0 = data.lower;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/lower",schemaPath:"#/$defs/interval/properties/lower/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.point !== undefined){
let data1 = data.point;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/point",schemaPath:"#/$defs/interval/properties/point/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.upper !== undefined){
let data2 = data.upper;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/upper",schemaPath:"#/$defs/interval/properties/upper/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err8 = {instancePath,schemaPath:"#/$defs/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bytes_per_second === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bytes_per_second"},message:"must have required property '"+"bytes_per_second"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.unit === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.patterns === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ids === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ids"},message:"must have required property '"+"ids"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.aggregate === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aggregate"},message:"must have required property '"+"aggregate"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.floor === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "floor"},message:"must have required property '"+"floor"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.safety_factor === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "safety_factor"},message:"must have required property '"+"safety_factor"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.status === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.bytes_per_second !== undefined){
if(!(validate22(data.bytes_per_second, {instancePath:instancePath+"/bytes_per_second",parentData:data,parentDataProperty:"bytes_per_second",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.value !== undefined){
let data2 = data.value;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema33.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.unit !== undefined){
let data3 = data.unit;
if(!((data3 === "GiB/s") || (data3 === "MiB/s"))){
const err14 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema33.properties.unit.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.patterns !== undefined){
let data4 = data.patterns;
if(Array.isArray(data4)){
if(data4.length < 1){
const err15 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err16 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err17 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ids !== undefined){
let data6 = data.ids;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(typeof data6[i1] !== "string"){
const err18 = {instancePath:instancePath+"/ids/" + i1,schemaPath:"#/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err19 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.aggregate !== undefined){
let data8 = data.aggregate;
if(!((((data8 === "max") || (data8 === "min")) || (data8 === "median")) || (data8 === "mean"))){
const err20 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/enum",keyword:"enum",params:{allowedValues: schema33.properties.aggregate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.floor !== undefined){
let data9 = data.floor;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.text === undefined){
const err21 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.bytes_per_second === undefined){
const err22 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/required",keyword:"required",params:{missingProperty: "bytes_per_second"},message:"must have required property '"+"bytes_per_second"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "text") || (key1 === "bytes_per_second"))){
const err23 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.text !== undefined){
if(typeof data9.text !== "string"){
const err24 = {instancePath:instancePath+"/floor/text",schemaPath:"#/properties/floor/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.bytes_per_second !== undefined){
let data11 = data9.bytes_per_second;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 <= 0 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/floor/bytes_per_second",schemaPath:"#/properties/floor/properties/bytes_per_second/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/floor/bytes_per_second",schemaPath:"#/properties/floor/properties/bytes_per_second/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err27 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.safety_factor !== undefined){
let data12 = data.safety_factor;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
const err28 = {instancePath:instancePath+"/safety_factor",schemaPath:"#/properties/safety_factor/type",keyword:"type",params:{type: schema33.properties.safety_factor.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/safety_factor",schemaPath:"#/properties/safety_factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.status !== undefined){
let data13 = data.status;
if(!((((data13 === "pass") || (data13 === "warn")) || (data13 === "fail")) || (data13 === "missing"))){
const err30 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema33.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.change_pct !== undefined){
let data14 = data.change_pct;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err31 = {instancePath:instancePath+"/change_pct",schemaPath:"#/properties/change_pct/type",keyword:"type",params:{type: schema33.properties.change_pct.type},message:"must be number,null"};
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
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","additionalProperties":false,"required":["id","group","function","value","metric","throughput","time_ns","std_dev_ns","rate","bytes_per_second","source"],"properties":{"id":{"type":"string","minLength":1},"group":{"type":"string"},"function":{"type":["string","null"]},"value":{"type":["string","null"]},"metric":{"enum":["display","comp3",null]},"throughput":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["kind","per_iteration"],"properties":{"kind":{"enum":["bytes","bytes_decimal","elements","bits","elements_and_bytes"]},"per_iteration":{"type":["number","null"],"minimum":0}}}]},"time_ns":{"$ref":"#/$defs/interval"},"std_dev_ns":{"type":["number","null"],"minimum":0},"rate":{"$ref":"#/$defs/nullableInterval"},"bytes_per_second":{"$ref":"#/$defs/nullableInterval"},"source":{"enum":["disk","stdout","bencher"]},"measured_seconds":{"description":"The time criterion spent measuring the benchmark (its samples' times added up), read from sample.json by a sharded run to balance later plans; absent when not read","type":["number","null"],"minimum":0}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.group === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.function === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.value === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.metric === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.throughput === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "throughput"},message:"must have required property '"+"throughput"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.time_ns === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time_ns"},message:"must have required property '"+"time_ns"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.std_dev_ns === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "std_dev_ns"},message:"must have required property '"+"std_dev_ns"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.rate === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.bytes_per_second === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bytes_per_second"},message:"must have required property '"+"bytes_per_second"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.source === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.group !== undefined){
if(typeof data.group !== "string"){
const err14 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.function !== undefined){
let data2 = data.function;
if((typeof data2 !== "string") && (data2 !== null)){
const err15 = {instancePath:instancePath+"/function",schemaPath:"#/properties/function/type",keyword:"type",params:{type: schema36.properties.function.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.value !== undefined){
let data3 = data.value;
if((typeof data3 !== "string") && (data3 !== null)){
const err16 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema36.properties.value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.metric !== undefined){
let data4 = data.metric;
if(!(((data4 === "display") || (data4 === "comp3")) || (data4 === null))){
const err17 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema36.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.throughput !== undefined){
let data5 = data.throughput;
const _errs12 = errors;
let valid1 = false;
let passing0 = null;
const _errs13 = errors;
if(data5 !== null){
const err18 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs15 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.kind === undefined){
const err19 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/oneOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.per_iteration === undefined){
const err20 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/oneOf/1/required",keyword:"required",params:{missingProperty: "per_iteration"},message:"must have required property '"+"per_iteration"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "kind") || (key1 === "per_iteration"))){
const err21 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.kind !== undefined){
let data6 = data5.kind;
if(!(((((data6 === "bytes") || (data6 === "bytes_decimal")) || (data6 === "elements")) || (data6 === "bits")) || (data6 === "elements_and_bytes"))){
const err22 = {instancePath:instancePath+"/throughput/kind",schemaPath:"#/properties/throughput/oneOf/1/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.throughput.oneOf[1].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.per_iteration !== undefined){
let data7 = data5.per_iteration;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err23 = {instancePath:instancePath+"/throughput/per_iteration",schemaPath:"#/properties/throughput/oneOf/1/properties/per_iteration/type",keyword:"type",params:{type: schema36.properties.throughput.oneOf[1].properties.per_iteration.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/throughput/per_iteration",schemaPath:"#/properties/throughput/oneOf/1/properties/per_iteration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err25 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err26 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.time_ns !== undefined){
let data8 = data.time_ns;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.lower === undefined){
const err27 = {instancePath:instancePath+"/time_ns",schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "lower"},message:"must have required property '"+"lower"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.point === undefined){
const err28 = {instancePath:instancePath+"/time_ns",schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "point"},message:"must have required property '"+"point"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.upper === undefined){
const err29 = {instancePath:instancePath+"/time_ns",schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "upper"},message:"must have required property '"+"upper"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "lower") || (key2 === "point")) || (key2 === "upper"))){
const err30 = {instancePath:instancePath+"/time_ns",schemaPath:"#/$defs/interval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.lower !== undefined){
let data9 = data8.lower;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err31 = {instancePath:instancePath+"/time_ns/lower",schemaPath:"#/$defs/interval/properties/lower/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.point !== undefined){
let data10 = data8.point;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err32 = {instancePath:instancePath+"/time_ns/point",schemaPath:"#/$defs/interval/properties/point/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.upper !== undefined){
let data11 = data8.upper;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err33 = {instancePath:instancePath+"/time_ns/upper",schemaPath:"#/$defs/interval/properties/upper/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err34 = {instancePath:instancePath+"/time_ns",schemaPath:"#/$defs/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.std_dev_ns !== undefined){
let data12 = data.std_dev_ns;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
const err35 = {instancePath:instancePath+"/std_dev_ns",schemaPath:"#/properties/std_dev_ns/type",keyword:"type",params:{type: schema36.properties.std_dev_ns.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/std_dev_ns",schemaPath:"#/properties/std_dev_ns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.rate !== undefined){
if(!(validate22(data.rate, {instancePath:instancePath+"/rate",parentData:data,parentDataProperty:"rate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.bytes_per_second !== undefined){
if(!(validate22(data.bytes_per_second, {instancePath:instancePath+"/bytes_per_second",parentData:data,parentDataProperty:"bytes_per_second",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.source !== undefined){
let data15 = data.source;
if(!(((data15 === "disk") || (data15 === "stdout")) || (data15 === "bencher"))){
const err37 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema36.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.measured_seconds !== undefined){
let data16 = data.measured_seconds;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
const err38 = {instancePath:instancePath+"/measured_seconds",schemaPath:"#/properties/measured_seconds/type",keyword:"type",params:{type: schema36.properties.measured_seconds.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err39 = {instancePath:instancePath+"/measured_seconds",schemaPath:"#/properties/measured_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","additionalProperties":false,"required":["baseline","thresholds","regressions","improvements","changes"],"properties":{"baseline":{"description":"The promotion compared with; for a paired comparison, the paired revision and when it was measured","type":"object","additionalProperties":false,"required":["commit","promoted_at","ref"],"properties":{"commit":{"type":["string","null"]},"promoted_at":{"$ref":"#/$defs/utcTimestamp"},"ref":{"type":["string","null"]}}},"thresholds":{"description":"regression-threshold and the fixed noise-threshold, in percent","type":"object","additionalProperties":false,"required":["regression_pct","noise_pct"],"properties":{"regression_pct":{"type":"number","minimum":0},"noise_pct":{"type":"number","minimum":0}}},"regressions":{"description":"Changes whose verdict is regressed","type":"integer","minimum":0},"improvements":{"description":"Changes whose verdict is improved","type":"integer","minimum":0},"changes":{"description":"One per benchmark in either run, worst first","type":"array","items":{"$ref":"#/$defs/change"}},"paired":{"description":"Present when benchmarks were measured on this runner against a second revision","type":"object","additionalProperties":false,"required":["mode","ref","commit","rounds","order","together","measurement_seconds","extra_seconds"],"properties":{"mode":{"description":"paired: every benchmark; confirm: only those the stored baseline flagged were measured again","enum":["paired","confirm"]},"ref":{"type":"string","minLength":1},"commit":{"type":"string","minLength":1},"rounds":{"type":"integer","minimum":1},"order":{"description":"Which side ran first in each round","type":"array","items":{"enum":["base","head"]}},"together":{"description":"true: each round ran both sides at the same time, a core each (duet); false: one after the other","type":"boolean"},"measurement_seconds":{"type":"number","exclusiveMinimum":0},"extra_seconds":{"description":"Wall time the pairing added to the run","type":"number","minimum":0}}}}};
const schema39 = {"type":"string","format":"date-time","pattern":"Z$"};
const schema40 = {"type":"object","additionalProperties":false,"required":["id","metric","baseline","current","change_pct","lower_pct","upper_pct","verdict","noise_threshold_pct","threshold_source"],"properties":{"id":{"type":"string","minLength":1},"quantity":{"description":"What was compared. throughput: bytes per second, higher is better; time: ns per iteration, lower is better. Not required: reports written before it existed have only metric","enum":["throughput","time"]},"metric":{"description":"Deprecated: the former name of quantity, written with the same value; read quantity","deprecated":true,"enum":["throughput","time"]},"baseline":{"description":"Point value in the quantity's unit","type":["number","null"],"minimum":0},"current":{"description":"Point value in the quantity's unit","type":["number","null"],"minimum":0},"change_pct":{"description":"(current / baseline - 1) x 100","type":["number","null"]},"lower_pct":{"description":"Current lower bound vs baseline upper bound, in percent","type":["number","null"]},"upper_pct":{"description":"Current upper bound vs baseline lower bound, in percent","type":["number","null"]},"verdict":{"description":"inconclusive: a paired comparison whose rounds cannot place the change (fewer than 3 usable, or an interval reaching into the noise)","enum":["regressed","improved","unchanged","inconclusive","new","missing"]},"method":{"description":"baseline: compared with the stored baseline; paired: the base revision measured on this runner, interleaved with the head. Absent in reports written before paired comparisons","enum":["baseline","paired"]},"paired":{"description":"A paired comparison's rounds","type":"object","additionalProperties":false,"required":["statistic","ratios","confidence"],"properties":{"statistic":{"description":"Each side's value in a round: fastest, its fastest sample per iteration (the one a busy machine delayed least); typical, criterion's slope or mean (a round without samples)","enum":["fastest","typical"]},"ratios":{"description":"Each round's ratio head/base, higher is better (a time's is base/head); null when a side was not measured","type":"array","items":{"type":["number","null"],"exclusiveMinimum":0}},"confidence":{"description":"How often the sign-test interval holds the median ratio; null with fewer than 3 usable rounds","type":["number","null"],"minimum":0,"maximum":1}}},"noise_threshold_pct":{"description":"The noise threshold this verdict used","type":"number","minimum":0},"threshold_source":{"description":"fixed: noise-threshold; history: twice the benchmark's coefficient of variation over the baseline history; run: the larger coefficient of variation of the two runs","enum":["fixed","history","run"]}},"allOf":[{"if":{"properties":{"verdict":{"enum":["regressed","improved"]}}},"then":{"properties":{"baseline":{"type":"number"},"current":{"type":"number"},"change_pct":{"type":"number"},"lower_pct":{"type":"number"},"upper_pct":{"type":"number"}}}},{"if":{"properties":{"verdict":{"const":"unchanged"}}},"then":{"properties":{"baseline":{"type":"number"},"current":{"type":"number"}}}},{"if":{"properties":{"verdict":{"const":"new"}}},"then":{"properties":{"baseline":{"type":"null"},"current":{"type":"number"},"change_pct":{"type":"null"},"lower_pct":{"type":"null"},"upper_pct":{"type":"null"}}}},{"if":{"properties":{"verdict":{"const":"missing"}}},"then":{"properties":{"baseline":{"type":"number"},"current":{"type":"null"},"change_pct":{"type":"null"},"lower_pct":{"type":"null"},"upper_pct":{"type":"null"}}}}]};
const formats0 = fullFormats["date-time"];

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.baseline === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.thresholds === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "thresholds"},message:"must have required property '"+"thresholds"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.regressions === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regressions"},message:"must have required property '"+"regressions"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.improvements === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "improvements"},message:"must have required property '"+"improvements"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.changes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "baseline") || (key0 === "thresholds")) || (key0 === "regressions")) || (key0 === "improvements")) || (key0 === "changes")) || (key0 === "paired"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.baseline !== undefined){
let data0 = data.baseline;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.commit === undefined){
const err6 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.promoted_at === undefined){
const err7 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "promoted_at"},message:"must have required property '"+"promoted_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.ref === undefined){
const err8 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "commit") || (key1 === "promoted_at")) || (key1 === "ref"))){
const err9 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.commit !== undefined){
let data1 = data0.commit;
if((typeof data1 !== "string") && (data1 !== null)){
const err10 = {instancePath:instancePath+"/baseline/commit",schemaPath:"#/properties/baseline/properties/commit/type",keyword:"type",params:{type: schema38.properties.baseline.properties.commit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.promoted_at !== undefined){
let data2 = data0.promoted_at;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err11 = {instancePath:instancePath+"/baseline/promoted_at",schemaPath:"#/$defs/utcTimestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/baseline/promoted_at",schemaPath:"#/$defs/utcTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err13 = {instancePath:instancePath+"/baseline/promoted_at",schemaPath:"#/$defs/utcTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.ref !== undefined){
let data3 = data0.ref;
if((typeof data3 !== "string") && (data3 !== null)){
const err14 = {instancePath:instancePath+"/baseline/ref",schemaPath:"#/properties/baseline/properties/ref/type",keyword:"type",params:{type: schema38.properties.baseline.properties.ref.type},message:"must be string,null"};
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
const err15 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data4 = data.thresholds;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.regression_pct === undefined){
const err16 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "regression_pct"},message:"must have required property '"+"regression_pct"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.noise_pct === undefined){
const err17 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "noise_pct"},message:"must have required property '"+"noise_pct"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "regression_pct") || (key2 === "noise_pct"))){
const err18 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.regression_pct !== undefined){
let data5 = data4.regression_pct;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/thresholds/regression_pct",schemaPath:"#/properties/thresholds/properties/regression_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/thresholds/regression_pct",schemaPath:"#/properties/thresholds/properties/regression_pct/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.noise_pct !== undefined){
let data6 = data4.noise_pct;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/thresholds/noise_pct",schemaPath:"#/properties/thresholds/properties/noise_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err22 = {instancePath:instancePath+"/thresholds/noise_pct",schemaPath:"#/properties/thresholds/properties/noise_pct/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err23 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.regressions !== undefined){
let data7 = data.regressions;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/regressions",schemaPath:"#/properties/regressions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/regressions",schemaPath:"#/properties/regressions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.improvements !== undefined){
let data8 = data.improvements;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/improvements",schemaPath:"#/properties/improvements/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/improvements",schemaPath:"#/properties/improvements/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.changes !== undefined){
let data9 = data.changes;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs29 = errors;
let valid8 = true;
const _errs30 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.verdict !== undefined){
let data11 = data10.verdict;
if(!((data11 === "regressed") || (data11 === "improved"))){
const err28 = {};
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
var _valid0 = _errs30 === errors;
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs32 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.baseline !== undefined){
let data12 = data10.baseline;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/changes/" + i0+"/baseline",schemaPath:"#/$defs/change/allOf/0/then/properties/baseline/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.current !== undefined){
let data13 = data10.current;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err30 = {instancePath:instancePath+"/changes/" + i0+"/current",schemaPath:"#/$defs/change/allOf/0/then/properties/current/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.change_pct !== undefined){
let data14 = data10.change_pct;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err31 = {instancePath:instancePath+"/changes/" + i0+"/change_pct",schemaPath:"#/$defs/change/allOf/0/then/properties/change_pct/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.lower_pct !== undefined){
let data15 = data10.lower_pct;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err32 = {instancePath:instancePath+"/changes/" + i0+"/lower_pct",schemaPath:"#/$defs/change/allOf/0/then/properties/lower_pct/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.upper_pct !== undefined){
let data16 = data10.upper_pct;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err33 = {instancePath:instancePath+"/changes/" + i0+"/upper_pct",schemaPath:"#/$defs/change/allOf/0/then/properties/upper_pct/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
var _valid0 = _errs32 === errors;
valid8 = _valid0;
if(valid8){
var props0 = {};
props0.baseline = true;
props0.current = true;
props0.change_pct = true;
props0.lower_pct = true;
props0.upper_pct = true;
props0.verdict = true;
}
}
if(!valid8){
const err34 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs44 = errors;
let valid11 = true;
const _errs45 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.verdict !== undefined){
if("unchanged" !== data10.verdict){
const err35 = {};
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
var _valid1 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs47 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.baseline !== undefined){
let data18 = data10.baseline;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err36 = {instancePath:instancePath+"/changes/" + i0+"/baseline",schemaPath:"#/$defs/change/allOf/1/then/properties/baseline/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.current !== undefined){
let data19 = data10.current;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err37 = {instancePath:instancePath+"/changes/" + i0+"/current",schemaPath:"#/$defs/change/allOf/1/then/properties/current/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
var _valid1 = _errs47 === errors;
valid11 = _valid1;
if(valid11){
var props1 = {};
props1.baseline = true;
props1.current = true;
props1.verdict = true;
}
}
if(!valid11){
const err38 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs53 = errors;
let valid14 = true;
const _errs54 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.verdict !== undefined){
if("new" !== data10.verdict){
const err39 = {};
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
var _valid2 = _errs54 === errors;
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs56 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.baseline !== undefined){
if(data10.baseline !== null){
const err40 = {instancePath:instancePath+"/changes/" + i0+"/baseline",schemaPath:"#/$defs/change/allOf/2/then/properties/baseline/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.current !== undefined){
let data22 = data10.current;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err41 = {instancePath:instancePath+"/changes/" + i0+"/current",schemaPath:"#/$defs/change/allOf/2/then/properties/current/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.change_pct !== undefined){
if(data10.change_pct !== null){
const err42 = {instancePath:instancePath+"/changes/" + i0+"/change_pct",schemaPath:"#/$defs/change/allOf/2/then/properties/change_pct/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.lower_pct !== undefined){
if(data10.lower_pct !== null){
const err43 = {instancePath:instancePath+"/changes/" + i0+"/lower_pct",schemaPath:"#/$defs/change/allOf/2/then/properties/lower_pct/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.upper_pct !== undefined){
if(data10.upper_pct !== null){
const err44 = {instancePath:instancePath+"/changes/" + i0+"/upper_pct",schemaPath:"#/$defs/change/allOf/2/then/properties/upper_pct/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
var _valid2 = _errs56 === errors;
valid14 = _valid2;
if(valid14){
var props2 = {};
props2.baseline = true;
props2.current = true;
props2.change_pct = true;
props2.lower_pct = true;
props2.upper_pct = true;
props2.verdict = true;
}
}
if(!valid14){
const err45 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs68 = errors;
let valid17 = true;
const _errs69 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.verdict !== undefined){
if("missing" !== data10.verdict){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
var _valid3 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs71 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.baseline !== undefined){
let data27 = data10.baseline;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err47 = {instancePath:instancePath+"/changes/" + i0+"/baseline",schemaPath:"#/$defs/change/allOf/3/then/properties/baseline/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data10.current !== undefined){
if(data10.current !== null){
const err48 = {instancePath:instancePath+"/changes/" + i0+"/current",schemaPath:"#/$defs/change/allOf/3/then/properties/current/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data10.change_pct !== undefined){
if(data10.change_pct !== null){
const err49 = {instancePath:instancePath+"/changes/" + i0+"/change_pct",schemaPath:"#/$defs/change/allOf/3/then/properties/change_pct/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data10.lower_pct !== undefined){
if(data10.lower_pct !== null){
const err50 = {instancePath:instancePath+"/changes/" + i0+"/lower_pct",schemaPath:"#/$defs/change/allOf/3/then/properties/lower_pct/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data10.upper_pct !== undefined){
if(data10.upper_pct !== null){
const err51 = {instancePath:instancePath+"/changes/" + i0+"/upper_pct",schemaPath:"#/$defs/change/allOf/3/then/properties/upper_pct/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
var _valid3 = _errs71 === errors;
valid17 = _valid3;
if(valid17){
var props3 = {};
props3.baseline = true;
props3.current = true;
props3.change_pct = true;
props3.lower_pct = true;
props3.upper_pct = true;
props3.verdict = true;
}
}
if(!valid17){
const err52 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err53 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data10.metric === undefined){
const err54 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data10.baseline === undefined){
const err55 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data10.current === undefined){
const err56 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data10.change_pct === undefined){
const err57 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "change_pct"},message:"must have required property '"+"change_pct"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data10.lower_pct === undefined){
const err58 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "lower_pct"},message:"must have required property '"+"lower_pct"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data10.upper_pct === undefined){
const err59 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "upper_pct"},message:"must have required property '"+"upper_pct"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data10.verdict === undefined){
const err60 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data10.noise_threshold_pct === undefined){
const err61 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "noise_threshold_pct"},message:"must have required property '"+"noise_threshold_pct"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data10.threshold_source === undefined){
const err62 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/required",keyword:"required",params:{missingProperty: "threshold_source"},message:"must have required property '"+"threshold_source"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key3 in data10){
if(!(func1.call(schema40.properties, key3))){
const err63 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data10.id !== undefined){
let data32 = data10.id;
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err64 = {instancePath:instancePath+"/changes/" + i0+"/id",schemaPath:"#/$defs/change/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/changes/" + i0+"/id",schemaPath:"#/$defs/change/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data10.quantity !== undefined){
let data33 = data10.quantity;
if(!((data33 === "throughput") || (data33 === "time"))){
const err66 = {instancePath:instancePath+"/changes/" + i0+"/quantity",schemaPath:"#/$defs/change/properties/quantity/enum",keyword:"enum",params:{allowedValues: schema40.properties.quantity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data10.metric !== undefined){
let data34 = data10.metric;
if(!((data34 === "throughput") || (data34 === "time"))){
const err67 = {instancePath:instancePath+"/changes/" + i0+"/metric",schemaPath:"#/$defs/change/properties/metric/enum",keyword:"enum",params:{allowedValues: schema40.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data10.baseline !== undefined){
let data35 = data10.baseline;
if((!((typeof data35 == "number") && (isFinite(data35)))) && (data35 !== null)){
const err68 = {instancePath:instancePath+"/changes/" + i0+"/baseline",schemaPath:"#/$defs/change/properties/baseline/type",keyword:"type",params:{type: schema40.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
const err69 = {instancePath:instancePath+"/changes/" + i0+"/baseline",schemaPath:"#/$defs/change/properties/baseline/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data10.current !== undefined){
let data36 = data10.current;
if((!((typeof data36 == "number") && (isFinite(data36)))) && (data36 !== null)){
const err70 = {instancePath:instancePath+"/changes/" + i0+"/current",schemaPath:"#/$defs/change/properties/current/type",keyword:"type",params:{type: schema40.properties.current.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/changes/" + i0+"/current",schemaPath:"#/$defs/change/properties/current/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data10.change_pct !== undefined){
let data37 = data10.change_pct;
if((!((typeof data37 == "number") && (isFinite(data37)))) && (data37 !== null)){
const err72 = {instancePath:instancePath+"/changes/" + i0+"/change_pct",schemaPath:"#/$defs/change/properties/change_pct/type",keyword:"type",params:{type: schema40.properties.change_pct.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data10.lower_pct !== undefined){
let data38 = data10.lower_pct;
if((!((typeof data38 == "number") && (isFinite(data38)))) && (data38 !== null)){
const err73 = {instancePath:instancePath+"/changes/" + i0+"/lower_pct",schemaPath:"#/$defs/change/properties/lower_pct/type",keyword:"type",params:{type: schema40.properties.lower_pct.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data10.upper_pct !== undefined){
let data39 = data10.upper_pct;
if((!((typeof data39 == "number") && (isFinite(data39)))) && (data39 !== null)){
const err74 = {instancePath:instancePath+"/changes/" + i0+"/upper_pct",schemaPath:"#/$defs/change/properties/upper_pct/type",keyword:"type",params:{type: schema40.properties.upper_pct.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data10.verdict !== undefined){
let data40 = data10.verdict;
if(!((((((data40 === "regressed") || (data40 === "improved")) || (data40 === "unchanged")) || (data40 === "inconclusive")) || (data40 === "new")) || (data40 === "missing"))){
const err75 = {instancePath:instancePath+"/changes/" + i0+"/verdict",schemaPath:"#/$defs/change/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema40.properties.verdict.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data10.method !== undefined){
let data41 = data10.method;
if(!((data41 === "baseline") || (data41 === "paired"))){
const err76 = {instancePath:instancePath+"/changes/" + i0+"/method",schemaPath:"#/$defs/change/properties/method/enum",keyword:"enum",params:{allowedValues: schema40.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data10.paired !== undefined){
let data42 = data10.paired;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.statistic === undefined){
const err77 = {instancePath:instancePath+"/changes/" + i0+"/paired",schemaPath:"#/$defs/change/properties/paired/required",keyword:"required",params:{missingProperty: "statistic"},message:"must have required property '"+"statistic"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data42.ratios === undefined){
const err78 = {instancePath:instancePath+"/changes/" + i0+"/paired",schemaPath:"#/$defs/change/properties/paired/required",keyword:"required",params:{missingProperty: "ratios"},message:"must have required property '"+"ratios"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data42.confidence === undefined){
const err79 = {instancePath:instancePath+"/changes/" + i0+"/paired",schemaPath:"#/$defs/change/properties/paired/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key4 in data42){
if(!(((key4 === "statistic") || (key4 === "ratios")) || (key4 === "confidence"))){
const err80 = {instancePath:instancePath+"/changes/" + i0+"/paired",schemaPath:"#/$defs/change/properties/paired/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data42.statistic !== undefined){
let data43 = data42.statistic;
if(!((data43 === "fastest") || (data43 === "typical"))){
const err81 = {instancePath:instancePath+"/changes/" + i0+"/paired/statistic",schemaPath:"#/$defs/change/properties/paired/properties/statistic/enum",keyword:"enum",params:{allowedValues: schema40.properties.paired.properties.statistic.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data42.ratios !== undefined){
let data44 = data42.ratios;
if(Array.isArray(data44)){
const len1 = data44.length;
for(let i1=0; i1<len1; i1++){
let data45 = data44[i1];
if((!((typeof data45 == "number") && (isFinite(data45)))) && (data45 !== null)){
const err82 = {instancePath:instancePath+"/changes/" + i0+"/paired/ratios/" + i1,schemaPath:"#/$defs/change/properties/paired/properties/ratios/items/type",keyword:"type",params:{type: schema40.properties.paired.properties.ratios.items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 <= 0 || isNaN(data45)){
const err83 = {instancePath:instancePath+"/changes/" + i0+"/paired/ratios/" + i1,schemaPath:"#/$defs/change/properties/paired/properties/ratios/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
}
else {
const err84 = {instancePath:instancePath+"/changes/" + i0+"/paired/ratios",schemaPath:"#/$defs/change/properties/paired/properties/ratios/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data42.confidence !== undefined){
let data46 = data42.confidence;
if((!((typeof data46 == "number") && (isFinite(data46)))) && (data46 !== null)){
const err85 = {instancePath:instancePath+"/changes/" + i0+"/paired/confidence",schemaPath:"#/$defs/change/properties/paired/properties/confidence/type",keyword:"type",params:{type: schema40.properties.paired.properties.confidence.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 1 || isNaN(data46)){
const err86 = {instancePath:instancePath+"/changes/" + i0+"/paired/confidence",schemaPath:"#/$defs/change/properties/paired/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data46 < 0 || isNaN(data46)){
const err87 = {instancePath:instancePath+"/changes/" + i0+"/paired/confidence",schemaPath:"#/$defs/change/properties/paired/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err88 = {instancePath:instancePath+"/changes/" + i0+"/paired",schemaPath:"#/$defs/change/properties/paired/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data10.noise_threshold_pct !== undefined){
let data47 = data10.noise_threshold_pct;
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err89 = {instancePath:instancePath+"/changes/" + i0+"/noise_threshold_pct",schemaPath:"#/$defs/change/properties/noise_threshold_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/changes/" + i0+"/noise_threshold_pct",schemaPath:"#/$defs/change/properties/noise_threshold_pct/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data10.threshold_source !== undefined){
let data48 = data10.threshold_source;
if(!(((data48 === "fixed") || (data48 === "history")) || (data48 === "run"))){
const err91 = {instancePath:instancePath+"/changes/" + i0+"/threshold_source",schemaPath:"#/$defs/change/properties/threshold_source/enum",keyword:"enum",params:{allowedValues: schema40.properties.threshold_source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/$defs/change/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.paired !== undefined){
let data49 = data.paired;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.mode === undefined){
const err94 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data49.ref === undefined){
const err95 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data49.commit === undefined){
const err96 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data49.rounds === undefined){
const err97 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "rounds"},message:"must have required property '"+"rounds"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data49.order === undefined){
const err98 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data49.together === undefined){
const err99 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "together"},message:"must have required property '"+"together"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data49.measurement_seconds === undefined){
const err100 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "measurement_seconds"},message:"must have required property '"+"measurement_seconds"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data49.extra_seconds === undefined){
const err101 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/required",keyword:"required",params:{missingProperty: "extra_seconds"},message:"must have required property '"+"extra_seconds"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key5 in data49){
if(!((((((((key5 === "mode") || (key5 === "ref")) || (key5 === "commit")) || (key5 === "rounds")) || (key5 === "order")) || (key5 === "together")) || (key5 === "measurement_seconds")) || (key5 === "extra_seconds"))){
const err102 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data49.mode !== undefined){
let data50 = data49.mode;
if(!((data50 === "paired") || (data50 === "confirm"))){
const err103 = {instancePath:instancePath+"/paired/mode",schemaPath:"#/properties/paired/properties/mode/enum",keyword:"enum",params:{allowedValues: schema38.properties.paired.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data49.ref !== undefined){
let data51 = data49.ref;
if(typeof data51 === "string"){
if(func2(data51) < 1){
const err104 = {instancePath:instancePath+"/paired/ref",schemaPath:"#/properties/paired/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/paired/ref",schemaPath:"#/properties/paired/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data49.commit !== undefined){
let data52 = data49.commit;
if(typeof data52 === "string"){
if(func2(data52) < 1){
const err106 = {instancePath:instancePath+"/paired/commit",schemaPath:"#/properties/paired/properties/commit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/paired/commit",schemaPath:"#/properties/paired/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data49.rounds !== undefined){
let data53 = data49.rounds;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err108 = {instancePath:instancePath+"/paired/rounds",schemaPath:"#/properties/paired/properties/rounds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err109 = {instancePath:instancePath+"/paired/rounds",schemaPath:"#/properties/paired/properties/rounds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
if(data49.order !== undefined){
let data54 = data49.order;
if(Array.isArray(data54)){
const len2 = data54.length;
for(let i2=0; i2<len2; i2++){
let data55 = data54[i2];
if(!((data55 === "base") || (data55 === "head"))){
const err110 = {instancePath:instancePath+"/paired/order/" + i2,schemaPath:"#/properties/paired/properties/order/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.paired.properties.order.items.enum},message:"must be equal to one of the allowed values"};
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
const err111 = {instancePath:instancePath+"/paired/order",schemaPath:"#/properties/paired/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data49.together !== undefined){
if(typeof data49.together !== "boolean"){
const err112 = {instancePath:instancePath+"/paired/together",schemaPath:"#/properties/paired/properties/together/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data49.measurement_seconds !== undefined){
let data57 = data49.measurement_seconds;
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 <= 0 || isNaN(data57)){
const err113 = {instancePath:instancePath+"/paired/measurement_seconds",schemaPath:"#/properties/paired/properties/measurement_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/paired/measurement_seconds",schemaPath:"#/properties/paired/properties/measurement_seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data49.extra_seconds !== undefined){
let data58 = data49.extra_seconds;
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
const err115 = {instancePath:instancePath+"/paired/extra_seconds",schemaPath:"#/properties/paired/properties/extra_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/paired/extra_seconds",schemaPath:"#/properties/paired/properties/extra_seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err117 = {instancePath:instancePath+"/paired",schemaPath:"#/properties/paired/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/org/copybook-bench-action/schema/perf-report.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.display_gibs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_gibs"},message:"must have required property '"+"display_gibs"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.comp3_mibs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comp3_mibs"},message:"must have required property '"+"comp3_mibs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.compliance_level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compliance_level"},message:"must have required property '"+"compliance_level"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.summary === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.warnings === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.errors === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.metrics === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.benchmarks === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "benchmarks"},message:"must have required property '"+"benchmarks"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.comparison === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comparison"},message:"must have required property '"+"comparison"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.memory === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data._metadata === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "_metadata"},message:"must have required property '"+"_metadata"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.schema_version !== undefined){
if("1.0" !== data.schema_version){
const err14 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.display_gibs !== undefined){
let data1 = data.display_gibs;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (data1 !== null)){
const err15 = {instancePath:instancePath+"/display_gibs",schemaPath:"#/properties/display_gibs/type",keyword:"type",params:{type: schema31.properties.display_gibs.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err16 = {instancePath:instancePath+"/display_gibs",schemaPath:"#/properties/display_gibs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.comp3_mibs !== undefined){
let data2 = data.comp3_mibs;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err17 = {instancePath:instancePath+"/comp3_mibs",schemaPath:"#/properties/comp3_mibs/type",keyword:"type",params:{type: schema31.properties.comp3_mibs.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err18 = {instancePath:instancePath+"/comp3_mibs",schemaPath:"#/properties/comp3_mibs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.status !== undefined){
let data3 = data.status;
if(!(((data3 === "pass") || (data3 === "warn")) || (data3 === "fail"))){
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.compliance_level !== undefined){
let data4 = data.compliance_level;
if(!((((data4 === "FullyCompliant") || (data4 === "ConditionallyCompliant")) || (data4 === "RequiresAttention")) || (data4 === "NonCompliant"))){
const err20 = {instancePath:instancePath+"/compliance_level",schemaPath:"#/properties/compliance_level/enum",keyword:"enum",params:{allowedValues: schema31.properties.compliance_level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.status_reasons !== undefined){
let data5 = data.status_reasons;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/status_reasons/" + i0,schemaPath:"#/properties/status_reasons/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err22 = {instancePath:instancePath+"/status_reasons/" + i0,schemaPath:"#/properties/status_reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/status_reasons",schemaPath:"#/properties/status_reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.summary !== undefined){
let data7 = data.summary;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.shard !== undefined){
let data8 = data.shard;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.index === undefined){
const err26 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.count === undefined){
const err27 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.plan === undefined){
const err28 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.method === undefined){
const err29 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.listed === undefined){
const err30 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "listed"},message:"must have required property '"+"listed"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.ids === undefined){
const err31 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "ids"},message:"must have required property '"+"ids"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.testbed === undefined){
const err32 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "testbed"},message:"must have required property '"+"testbed"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8.os === undefined){
const err33 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data8){
if(!((((((((key1 === "index") || (key1 === "count")) || (key1 === "plan")) || (key1 === "method")) || (key1 === "listed")) || (key1 === "ids")) || (key1 === "testbed")) || (key1 === "os"))){
const err34 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.index !== undefined){
let data9 = data8.index;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err35 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 256 || isNaN(data9)){
const err36 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err37 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data8.count !== undefined){
let data10 = data8.count;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err38 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 256 || isNaN(data10)){
const err39 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err40 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data8.plan !== undefined){
let data11 = data8.plan;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err41 = {instancePath:instancePath+"/shard/plan",schemaPath:"#/properties/shard/properties/plan/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{16}$"},message:"must match pattern \""+"^[0-9a-f]{16}$"+"\""};
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
const err42 = {instancePath:instancePath+"/shard/plan",schemaPath:"#/properties/shard/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8.method !== undefined){
let data12 = data8.method;
if(!((data12 === "recorded-times") || (data12 === "hash"))){
const err43 = {instancePath:instancePath+"/shard/method",schemaPath:"#/properties/shard/properties/method/enum",keyword:"enum",params:{allowedValues: schema31.properties.shard.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data8.listed !== undefined){
let data13 = data8.listed;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err44 = {instancePath:instancePath+"/shard/listed",schemaPath:"#/properties/shard/properties/listed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err45 = {instancePath:instancePath+"/shard/listed",schemaPath:"#/properties/shard/properties/listed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data8.ids !== undefined){
let data14 = data8.ids;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err46 = {instancePath:instancePath+"/shard/ids/" + i1,schemaPath:"#/properties/shard/properties/ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err47 = {instancePath:instancePath+"/shard/ids/" + i1,schemaPath:"#/properties/shard/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err48 = {instancePath:instancePath+"/shard/ids",schemaPath:"#/properties/shard/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data8.testbed !== undefined){
let data16 = data8.testbed;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err49 = {instancePath:instancePath+"/shard/testbed",schemaPath:"#/properties/shard/properties/testbed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/shard/testbed",schemaPath:"#/properties/shard/properties/testbed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data8.os !== undefined){
let data17 = data8.os;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err51 = {instancePath:instancePath+"/shard/os",schemaPath:"#/properties/shard/properties/os/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/shard/os",schemaPath:"#/properties/shard/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err53 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.warnings !== undefined){
let data18 = data.warnings;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
if(typeof data18[i2] !== "string"){
const err54 = {instancePath:instancePath+"/warnings/" + i2,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.errors !== undefined){
let data20 = data.errors;
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
if(typeof data20[i3] !== "string"){
const err56 = {instancePath:instancePath+"/errors/" + i3,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err57 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.metrics !== undefined){
let data22 = data.metrics;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.display === undefined){
const err58 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/required",keyword:"required",params:{missingProperty: "display"},message:"must have required property '"+"display"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data22.comp3 === undefined){
const err59 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/required",keyword:"required",params:{missingProperty: "comp3"},message:"must have required property '"+"comp3"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key2 in data22){
if(!((key2 === "display") || (key2 === "comp3"))){
const err60 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data22.display !== undefined){
if(!(validate21(data22.display, {instancePath:instancePath+"/metrics/display",parentData:data22,parentDataProperty:"display",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data22.comp3 !== undefined){
if(!(validate21(data22.comp3, {instancePath:instancePath+"/metrics/comp3",parentData:data22,parentDataProperty:"comp3",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err61 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.benchmarks !== undefined){
let data25 = data.benchmarks;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i4=0; i4<len4; i4++){
if(!(validate26(data25[i4], {instancePath:instancePath+"/benchmarks/" + i4,parentData:data25,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err62 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.comparison !== undefined){
let data27 = data.comparison;
const _errs53 = errors;
let valid14 = false;
let passing0 = null;
const _errs54 = errors;
if(data27 !== null){
const err63 = {instancePath:instancePath+"/comparison",schemaPath:"#/properties/comparison/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid0 = _errs54 === errors;
if(_valid0){
valid14 = true;
passing0 = 0;
}
const _errs56 = errors;
if(!(validate30(data27, {instancePath:instancePath+"/comparison",parentData:data,parentDataProperty:"comparison",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs56 === errors;
if(_valid0 && valid14){
valid14 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid14 = true;
passing0 = 1;
}
}
if(!valid14){
const err64 = {instancePath:instancePath+"/comparison",schemaPath:"#/properties/comparison/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data.memory !== undefined){
let data28 = data.memory;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.peak_rss_bytes === undefined){
const err65 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/required",keyword:"required",params:{missingProperty: "peak_rss_bytes"},message:"must have required property '"+"peak_rss_bytes"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data28.ceiling_bytes === undefined){
const err66 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/required",keyword:"required",params:{missingProperty: "ceiling_bytes"},message:"must have required property '"+"ceiling_bytes"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key3 in data28){
if(!((key3 === "peak_rss_bytes") || (key3 === "ceiling_bytes"))){
const err67 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data28.peak_rss_bytes !== undefined){
let data29 = data28.peak_rss_bytes;
if((!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) && (data29 !== null)){
const err68 = {instancePath:instancePath+"/memory/peak_rss_bytes",schemaPath:"#/properties/memory/properties/peak_rss_bytes/type",keyword:"type",params:{type: schema31.properties.memory.properties.peak_rss_bytes.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err69 = {instancePath:instancePath+"/memory/peak_rss_bytes",schemaPath:"#/properties/memory/properties/peak_rss_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data28.ceiling_bytes !== undefined){
let data30 = data28.ceiling_bytes;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 <= 0 || isNaN(data30)){
const err70 = {instancePath:instancePath+"/memory/ceiling_bytes",schemaPath:"#/properties/memory/properties/ceiling_bytes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err71 = {instancePath:instancePath+"/memory/ceiling_bytes",schemaPath:"#/properties/memory/properties/ceiling_bytes/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
else {
const err72 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data._metadata !== undefined){
let data31 = data._metadata;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.timestamp === undefined){
const err73 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data31.git_commit === undefined){
const err74 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/required",keyword:"required",params:{missingProperty: "git_commit"},message:"must have required property '"+"git_commit"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data31.rust_version === undefined){
const err75 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/required",keyword:"required",params:{missingProperty: "rust_version"},message:"must have required property '"+"rust_version"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data31.environment === undefined){
const err76 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data31.execution_context === undefined){
const err77 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/required",keyword:"required",params:{missingProperty: "execution_context"},message:"must have required property '"+"execution_context"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key4 in data31){
if(!((((((key4 === "source") || (key4 === "timestamp")) || (key4 === "git_commit")) || (key4 === "rust_version")) || (key4 === "environment")) || (key4 === "execution_context"))){
const err78 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data31.source !== undefined){
let data32 = data31.source;
if(!((((data32 === "cargo-bench") || (data32 === "existing-results")) || (data32 === "recorded")) || (data32 === "shards"))){
const err79 = {instancePath:instancePath+"/_metadata/source",schemaPath:"#/properties/_metadata/properties/source/enum",keyword:"enum",params:{allowedValues: schema31.properties._metadata.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data31.timestamp !== undefined){
let data33 = data31.timestamp;
if(typeof data33 === "string"){
if(!pattern5.test(data33)){
const err80 = {instancePath:instancePath+"/_metadata/timestamp",schemaPath:"#/properties/_metadata/properties/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(formats0.validate(data33))){
const err81 = {instancePath:instancePath+"/_metadata/timestamp",schemaPath:"#/properties/_metadata/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err82 = {instancePath:instancePath+"/_metadata/timestamp",schemaPath:"#/properties/_metadata/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data31.git_commit !== undefined){
let data34 = data31.git_commit;
if((typeof data34 !== "string") && (data34 !== null)){
const err83 = {instancePath:instancePath+"/_metadata/git_commit",schemaPath:"#/properties/_metadata/properties/git_commit/type",keyword:"type",params:{type: schema31.properties._metadata.properties.git_commit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data31.rust_version !== undefined){
let data35 = data31.rust_version;
if((typeof data35 !== "string") && (data35 !== null)){
const err84 = {instancePath:instancePath+"/_metadata/rust_version",schemaPath:"#/properties/_metadata/properties/rust_version/type",keyword:"type",params:{type: schema31.properties._metadata.properties.rust_version.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data31.environment !== undefined){
let data36 = data31.environment;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.platform === undefined){
const err85 = {instancePath:instancePath+"/_metadata/environment",schemaPath:"#/properties/_metadata/properties/environment/required",keyword:"required",params:{missingProperty: "platform"},message:"must have required property '"+"platform"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data36.optimization_level === undefined){
const err86 = {instancePath:instancePath+"/_metadata/environment",schemaPath:"#/properties/_metadata/properties/environment/required",keyword:"required",params:{missingProperty: "optimization_level"},message:"must have required property '"+"optimization_level"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data36.cpu_cores === undefined){
const err87 = {instancePath:instancePath+"/_metadata/environment",schemaPath:"#/properties/_metadata/properties/environment/required",keyword:"required",params:{missingProperty: "cpu_cores"},message:"must have required property '"+"cpu_cores"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data36.memory_gb === undefined){
const err88 = {instancePath:instancePath+"/_metadata/environment",schemaPath:"#/properties/_metadata/properties/environment/required",keyword:"required",params:{missingProperty: "memory_gb"},message:"must have required property '"+"memory_gb"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key5 in data36){
if(!((((key5 === "platform") || (key5 === "optimization_level")) || (key5 === "cpu_cores")) || (key5 === "memory_gb"))){
const err89 = {instancePath:instancePath+"/_metadata/environment",schemaPath:"#/properties/_metadata/properties/environment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data36.platform !== undefined){
if(typeof data36.platform !== "string"){
const err90 = {instancePath:instancePath+"/_metadata/environment/platform",schemaPath:"#/properties/_metadata/properties/environment/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data36.optimization_level !== undefined){
if(typeof data36.optimization_level !== "string"){
const err91 = {instancePath:instancePath+"/_metadata/environment/optimization_level",schemaPath:"#/properties/_metadata/properties/environment/properties/optimization_level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data36.cpu_cores !== undefined){
let data39 = data36.cpu_cores;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err92 = {instancePath:instancePath+"/_metadata/environment/cpu_cores",schemaPath:"#/properties/_metadata/properties/environment/properties/cpu_cores/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 1 || isNaN(data39)){
const err93 = {instancePath:instancePath+"/_metadata/environment/cpu_cores",schemaPath:"#/properties/_metadata/properties/environment/properties/cpu_cores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data36.memory_gb !== undefined){
let data40 = data36.memory_gb;
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err94 = {instancePath:instancePath+"/_metadata/environment/memory_gb",schemaPath:"#/properties/_metadata/properties/environment/properties/memory_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/_metadata/environment/memory_gb",schemaPath:"#/properties/_metadata/properties/environment/properties/memory_gb/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err96 = {instancePath:instancePath+"/_metadata/environment",schemaPath:"#/properties/_metadata/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data31.execution_context !== undefined){
let data41 = data31.execution_context;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.execution_time_seconds === undefined){
const err97 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/required",keyword:"required",params:{missingProperty: "execution_time_seconds"},message:"must have required property '"+"execution_time_seconds"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data41.results_source === undefined){
const err98 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/required",keyword:"required",params:{missingProperty: "results_source"},message:"must have required property '"+"results_source"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data41.results_path === undefined){
const err99 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/required",keyword:"required",params:{missingProperty: "results_path"},message:"must have required property '"+"results_path"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data41.config === undefined){
const err100 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data41.safety_margins === undefined){
const err101 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/required",keyword:"required",params:{missingProperty: "safety_margins"},message:"must have required property '"+"safety_margins"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key6 in data41){
if(!(((((key6 === "execution_time_seconds") || (key6 === "results_source")) || (key6 === "results_path")) || (key6 === "config")) || (key6 === "safety_margins"))){
const err102 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data41.execution_time_seconds !== undefined){
let data42 = data41.execution_time_seconds;
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err103 = {instancePath:instancePath+"/_metadata/execution_context/execution_time_seconds",schemaPath:"#/properties/_metadata/properties/execution_context/properties/execution_time_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/_metadata/execution_context/execution_time_seconds",schemaPath:"#/properties/_metadata/properties/execution_context/properties/execution_time_seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data41.results_source !== undefined){
let data43 = data41.results_source;
if(!((((data43 === "disk") || (data43 === "stdout")) || (data43 === "bencher")) || (data43 === null))){
const err105 = {instancePath:instancePath+"/_metadata/execution_context/results_source",schemaPath:"#/properties/_metadata/properties/execution_context/properties/results_source/enum",keyword:"enum",params:{allowedValues: schema31.properties._metadata.properties.execution_context.properties.results_source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data41.results_path !== undefined){
let data44 = data41.results_path;
if((typeof data44 !== "string") && (data44 !== null)){
const err106 = {instancePath:instancePath+"/_metadata/execution_context/results_path",schemaPath:"#/properties/_metadata/properties/execution_context/properties/results_path/type",keyword:"type",params:{type: schema31.properties._metadata.properties.execution_context.properties.results_path.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data41.config !== undefined){
let data45 = data41.config;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key7 in data45){
if(typeof data45[key7] !== "string"){
const err107 = {instancePath:instancePath+"/_metadata/execution_context/config/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/_metadata/properties/execution_context/properties/config/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err108 = {instancePath:instancePath+"/_metadata/execution_context/config",schemaPath:"#/properties/_metadata/properties/execution_context/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data41.safety_margins !== undefined){
let data47 = data41.safety_margins;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.display_safety_factor === undefined){
const err109 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/required",keyword:"required",params:{missingProperty: "display_safety_factor"},message:"must have required property '"+"display_safety_factor"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data47.comp3_safety_factor === undefined){
const err110 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/required",keyword:"required",params:{missingProperty: "comp3_safety_factor"},message:"must have required property '"+"comp3_safety_factor"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key8 in data47){
if(!((key8 === "display_safety_factor") || (key8 === "comp3_safety_factor"))){
const err111 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data47.display_safety_factor !== undefined){
let data48 = data47.display_safety_factor;
if((!((typeof data48 == "number") && (isFinite(data48)))) && (data48 !== null)){
const err112 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins/display_safety_factor",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/properties/display_safety_factor/type",keyword:"type",params:{type: schema31.properties._metadata.properties.execution_context.properties.safety_margins.properties.display_safety_factor.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err113 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins/display_safety_factor",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/properties/display_safety_factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data47.comp3_safety_factor !== undefined){
let data49 = data47.comp3_safety_factor;
if((!((typeof data49 == "number") && (isFinite(data49)))) && (data49 !== null)){
const err114 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins/comp3_safety_factor",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/properties/comp3_safety_factor/type",keyword:"type",params:{type: schema31.properties._metadata.properties.execution_context.properties.safety_margins.properties.comp3_safety_factor.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err115 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins/comp3_safety_factor",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/properties/comp3_safety_factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err116 = {instancePath:instancePath+"/_metadata/execution_context/safety_margins",schemaPath:"#/properties/_metadata/properties/execution_context/properties/safety_margins/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err117 = {instancePath:instancePath+"/_metadata/execution_context",schemaPath:"#/properties/_metadata/properties/execution_context/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/_metadata",schemaPath:"#/properties/_metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const audit = validate32;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/copybook-bench-action/schema/audit.schema.json","title":"copybook-bench audit record (audit.json)","description":"Who ran which benchmarks when, with which tools, machine and settings, what came out, and the sha256 of the files it vouches for","type":"object","additionalProperties":false,"required":["schema_version","generated_at","run","tools","environment","settings","results","files","labels"],"properties":{"schema_version":{"const":"1.0"},"generated_at":{"$ref":"#/$defs/utcTimestamp"},"run":{"description":"Who and what: the GitHub Actions run (all null outside Actions)","type":"object","additionalProperties":false,"required":["repository","workflow","workflow_ref","run_id","run_attempt","run_url","actor","triggering_actor","event","ref","commit"],"properties":{"repository":{"$ref":"#/$defs/nullableText"},"workflow":{"$ref":"#/$defs/nullableText"},"workflow_ref":{"$ref":"#/$defs/nullableText"},"run_id":{"type":["string","null"],"pattern":"^[0-9]+$"},"run_attempt":{"type":["string","null"],"pattern":"^[0-9]+$"},"run_url":{"type":["string","null"],"pattern":"^https?://"},"actor":{"$ref":"#/$defs/nullableText"},"triggering_actor":{"$ref":"#/$defs/nullableText"},"event":{"$ref":"#/$defs/nullableText"},"ref":{"$ref":"#/$defs/nullableText"},"commit":{"description":"The commit that was measured","$ref":"#/$defs/nullableText"}}},"tools":{"type":"object","additionalProperties":false,"required":["action_version","action_ref","node","rustc","cargo","criterion"],"properties":{"action_version":{"type":"string","minLength":1},"action_ref":{"description":"The ref the workflow used the action at","$ref":"#/$defs/nullableText"},"node":{"type":"string","minLength":1},"rustc":{"description":"rustc --version","$ref":"#/$defs/nullableText"},"cargo":{"description":"cargo --version","$ref":"#/$defs/nullableText"},"criterion":{"description":"criterion's locked versions, from Cargo.lock","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["versions","lockfile"],"properties":{"versions":{"type":"array","items":{"type":"string","minLength":1}},"lockfile":{"type":"string","minLength":1}}}]}}},"environment":{"type":"object","additionalProperties":false,"required":["os","os_release","arch","cpu_model","cpu_cores","memory_bytes","runner","variables"],"properties":{"os":{"type":"string"},"os_release":{"type":"string"},"arch":{"type":"string"},"cpu_model":{"$ref":"#/$defs/nullableText"},"cpu_cores":{"type":"integer","minimum":1},"memory_bytes":{"type":"integer","minimum":0},"runner":{"type":"object","additionalProperties":false,"required":["name","os","arch","environment"],"properties":{"name":{"$ref":"#/$defs/nullableText"},"os":{"$ref":"#/$defs/nullableText"},"arch":{"$ref":"#/$defs/nullableText"},"environment":{"description":"github-hosted or self-hosted","$ref":"#/$defs/nullableText"}}},"variables":{"description":"The environment variables the audit config names (null when unset); never credentials","type":"object","propertyNames":{"$ref":"#/$defs/notSecretName"},"additionalProperties":{"$ref":"#/$defs/nullableText"}}}},"settings":{"description":"Every effective setting and where it came from; never credentials","type":"object","propertyNames":{"$ref":"#/$defs/notSecretName"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["value","origin"],"properties":{"value":{"type":"string"},"origin":{"enum":["input","config-file","default"]}}}},"results":{"type":"object","additionalProperties":false,"required":["measured_at","status","compliance_level","summary","metrics","benchmark_count","errors","warnings","comparison"],"properties":{"measured_at":{"$ref":"#/$defs/utcTimestamp"},"status":{"enum":["pass","warn","fail"]},"compliance_level":{"enum":["FullyCompliant","ConditionallyCompliant","RequiresAttention","NonCompliant"]},"summary":{"type":"string","minLength":1},"metrics":{"type":"object","additionalProperties":false,"required":["display","comp3"],"properties":{"display":{"$ref":"#/$defs/metric"},"comp3":{"$ref":"#/$defs/metric"}}},"benchmark_count":{"type":"integer","minimum":0},"errors":{"type":"array","items":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}},"comparison":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["baseline_commit","baseline_promoted_at","regressions","improvements"],"properties":{"baseline_commit":{"$ref":"#/$defs/nullableText"},"baseline_promoted_at":{"$ref":"#/$defs/utcTimestamp"},"regressions":{"type":"integer","minimum":0},"improvements":{"type":"integer","minimum":0}}}]},"benchmarks":{"description":"Every benchmark's point values, when the audit config asks for them","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","metric","time_ns","bytes_per_second"],"properties":{"id":{"type":"string","minLength":1},"metric":{"enum":["display","comp3",null]},"time_ns":{"type":"number","minimum":0},"bytes_per_second":{"type":["number","null"],"minimum":0}}}}}},"files":{"description":"The files this record vouches for, relative to audit.json","type":"object","additionalProperties":false,"required":["report","baseline"],"properties":{"report":{"$ref":"#/$defs/hashedFile"},"baseline":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/hashedFile"}]}}},"labels":{"description":"Labels from the audit config, e.g. compliance-framework","type":"object","additionalProperties":{"type":"string"}}},"$defs":{"utcTimestamp":{"type":"string","format":"date-time","pattern":"Z$"},"nullableText":{"type":["string","null"]},"notSecretName":{"description":"A name that does not look like a credential","type":"string","not":{"type":"string","pattern":"[Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Aa][Ss][Ss][Ww]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]"}},"hashedFile":{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","minLength":1},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"interval":{"type":"object","additionalProperties":false,"required":["lower","point","upper"],"properties":{"lower":{"type":"number"},"point":{"type":"number"},"upper":{"type":"number"}}},"metric":{"type":"object","additionalProperties":false,"required":["label","unit","value","bytes_per_second","floor","safety_factor","status","ids"],"properties":{"label":{"type":"string"},"unit":{"enum":["GiB/s","MiB/s"]},"value":{"type":["number","null"],"minimum":0},"bytes_per_second":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/interval"}]},"floor":{"type":"object","additionalProperties":false,"required":["text","bytes_per_second"],"properties":{"text":{"type":"string"},"bytes_per_second":{"type":"number","exclusiveMinimum":0}}},"safety_factor":{"type":["number","null"],"minimum":0},"status":{"enum":["pass","warn","fail","missing"]},"ids":{"type":"array","items":{"type":"string"}}}}}};
const schema42 = {"type":"string","format":"date-time","pattern":"Z$"};
const schema43 = {"type":["string","null"]};
const schema59 = {"description":"A name that does not look like a credential","type":"string","not":{"type":"string","pattern":"[Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Aa][Ss][Ss][Ww]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]"}};
const schema67 = {"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","minLength":1},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};
const pattern8 = new RegExp("^[0-9]+$", "u");
const pattern10 = new RegExp("^https?://", "u");
const pattern11 = new RegExp("[Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Aa][Ss][Ss][Ww]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]", "u");
const pattern15 = new RegExp("^[0-9a-f]{64}$", "u");
const schema63 = {"type":"object","additionalProperties":false,"required":["label","unit","value","bytes_per_second","floor","safety_factor","status","ids"],"properties":{"label":{"type":"string"},"unit":{"enum":["GiB/s","MiB/s"]},"value":{"type":["number","null"],"minimum":0},"bytes_per_second":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/interval"}]},"floor":{"type":"object","additionalProperties":false,"required":["text","bytes_per_second"],"properties":{"text":{"type":"string"},"bytes_per_second":{"type":"number","exclusiveMinimum":0}}},"safety_factor":{"type":["number","null"],"minimum":0},"status":{"enum":["pass","warn","fail","missing"]},"ids":{"type":"array","items":{"type":"string"}}}};
const schema64 = {"type":"object","additionalProperties":false,"required":["lower","point","upper"],"properties":{"lower":{"type":"number"},"point":{"type":"number"},"upper":{"type":"number"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.unit === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bytes_per_second === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bytes_per_second"},message:"must have required property '"+"bytes_per_second"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.floor === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "floor"},message:"must have required property '"+"floor"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.safety_factor === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "safety_factor"},message:"must have required property '"+"safety_factor"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.ids === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ids"},message:"must have required property '"+"ids"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "label") || (key0 === "unit")) || (key0 === "value")) || (key0 === "bytes_per_second")) || (key0 === "floor")) || (key0 === "safety_factor")) || (key0 === "status")) || (key0 === "ids"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
let data1 = data.unit;
if(!((data1 === "GiB/s") || (data1 === "MiB/s"))){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema63.properties.unit.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema63.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.bytes_per_second !== undefined){
let data3 = data.bytes_per_second;
const _errs8 = errors;
let valid1 = false;
let passing0 = null;
const _errs9 = errors;
if(data3 !== null){
const err13 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/properties/bytes_per_second/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.lower === undefined){
const err14 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "lower"},message:"must have required property '"+"lower"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.point === undefined){
const err15 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "point"},message:"must have required property '"+"point"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.upper === undefined){
const err16 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/$defs/interval/required",keyword:"required",params:{missingProperty: "upper"},message:"must have required property '"+"upper"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "lower") || (key1 === "point")) || (key1 === "upper"))){
const err17 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/$defs/interval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.lower !== undefined){
let data4 = data3.lower;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/bytes_per_second/lower",schemaPath:"#/$defs/interval/properties/lower/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.point !== undefined){
let data5 = data3.point;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/bytes_per_second/point",schemaPath:"#/$defs/interval/properties/point/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.upper !== undefined){
let data6 = data3.upper;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err20 = {instancePath:instancePath+"/bytes_per_second/upper",schemaPath:"#/$defs/interval/properties/upper/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err21 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/$defs/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err22 = {instancePath:instancePath+"/bytes_per_second",schemaPath:"#/properties/bytes_per_second/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.floor !== undefined){
let data7 = data.floor;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.text === undefined){
const err23 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.bytes_per_second === undefined){
const err24 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/required",keyword:"required",params:{missingProperty: "bytes_per_second"},message:"must have required property '"+"bytes_per_second"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "text") || (key2 === "bytes_per_second"))){
const err25 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.text !== undefined){
if(typeof data7.text !== "string"){
const err26 = {instancePath:instancePath+"/floor/text",schemaPath:"#/properties/floor/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.bytes_per_second !== undefined){
let data9 = data7.bytes_per_second;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 <= 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/floor/bytes_per_second",schemaPath:"#/properties/floor/properties/bytes_per_second/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/floor/bytes_per_second",schemaPath:"#/properties/floor/properties/bytes_per_second/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err29 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.safety_factor !== undefined){
let data10 = data.safety_factor;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err30 = {instancePath:instancePath+"/safety_factor",schemaPath:"#/properties/safety_factor/type",keyword:"type",params:{type: schema63.properties.safety_factor.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/safety_factor",schemaPath:"#/properties/safety_factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.status !== undefined){
let data11 = data.status;
if(!((((data11 === "pass") || (data11 === "warn")) || (data11 === "fail")) || (data11 === "missing"))){
const err32 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema63.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.ids !== undefined){
let data12 = data.ids;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err33 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"#/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err34 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/org/copybook-bench-action/schema/audit.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.generated_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.run === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tools === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tools"},message:"must have required property '"+"tools"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.environment === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.settings === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.results === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.files === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.labels === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema41.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schema_version !== undefined){
if("1.0" !== data.schema_version){
const err10 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.generated_at !== undefined){
let data1 = data.generated_at;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err11 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/utcTimestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0.validate(data1))){
const err12 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/utcTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err13 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/utcTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.run !== undefined){
let data2 = data.run;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.repository === undefined){
const err14 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.workflow === undefined){
const err15 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.workflow_ref === undefined){
const err16 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow_ref"},message:"must have required property '"+"workflow_ref"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.run_id === undefined){
const err17 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data2.run_attempt === undefined){
const err18 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "run_attempt"},message:"must have required property '"+"run_attempt"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data2.run_url === undefined){
const err19 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "run_url"},message:"must have required property '"+"run_url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data2.actor === undefined){
const err20 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data2.triggering_actor === undefined){
const err21 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "triggering_actor"},message:"must have required property '"+"triggering_actor"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.event === undefined){
const err22 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data2.ref === undefined){
const err23 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data2.commit === undefined){
const err24 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data2){
if(!(func1.call(schema41.properties.run.properties, key1))){
const err25 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.repository !== undefined){
let data3 = data2.repository;
if((typeof data3 !== "string") && (data3 !== null)){
const err26 = {instancePath:instancePath+"/run/repository",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data2.workflow !== undefined){
let data4 = data2.workflow;
if((typeof data4 !== "string") && (data4 !== null)){
const err27 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.workflow_ref !== undefined){
let data5 = data2.workflow_ref;
if((typeof data5 !== "string") && (data5 !== null)){
const err28 = {instancePath:instancePath+"/run/workflow_ref",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data2.run_id !== undefined){
let data6 = data2.run_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err29 = {instancePath:instancePath+"/run/run_id",schemaPath:"#/properties/run/properties/run_id/type",keyword:"type",params:{type: schema41.properties.run.properties.run_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err30 = {instancePath:instancePath+"/run/run_id",schemaPath:"#/properties/run/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""};
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
if(data2.run_attempt !== undefined){
let data7 = data2.run_attempt;
if((typeof data7 !== "string") && (data7 !== null)){
const err31 = {instancePath:instancePath+"/run/run_attempt",schemaPath:"#/properties/run/properties/run_attempt/type",keyword:"type",params:{type: schema41.properties.run.properties.run_attempt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err32 = {instancePath:instancePath+"/run/run_attempt",schemaPath:"#/properties/run/properties/run_attempt/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""};
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
if(data2.run_url !== undefined){
let data8 = data2.run_url;
if((typeof data8 !== "string") && (data8 !== null)){
const err33 = {instancePath:instancePath+"/run/run_url",schemaPath:"#/properties/run/properties/run_url/type",keyword:"type",params:{type: schema41.properties.run.properties.run_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data8 === "string"){
if(!pattern10.test(data8)){
const err34 = {instancePath:instancePath+"/run/run_url",schemaPath:"#/properties/run/properties/run_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
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
if(data2.actor !== undefined){
let data9 = data2.actor;
if((typeof data9 !== "string") && (data9 !== null)){
const err35 = {instancePath:instancePath+"/run/actor",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data2.triggering_actor !== undefined){
let data10 = data2.triggering_actor;
if((typeof data10 !== "string") && (data10 !== null)){
const err36 = {instancePath:instancePath+"/run/triggering_actor",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data2.event !== undefined){
let data11 = data2.event;
if((typeof data11 !== "string") && (data11 !== null)){
const err37 = {instancePath:instancePath+"/run/event",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data2.ref !== undefined){
let data12 = data2.ref;
if((typeof data12 !== "string") && (data12 !== null)){
const err38 = {instancePath:instancePath+"/run/ref",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data2.commit !== undefined){
let data13 = data2.commit;
if((typeof data13 !== "string") && (data13 !== null)){
const err39 = {instancePath:instancePath+"/run/commit",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
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
else {
const err40 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.tools !== undefined){
let data14 = data.tools;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.action_version === undefined){
const err41 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/required",keyword:"required",params:{missingProperty: "action_version"},message:"must have required property '"+"action_version"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data14.action_ref === undefined){
const err42 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/required",keyword:"required",params:{missingProperty: "action_ref"},message:"must have required property '"+"action_ref"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data14.node === undefined){
const err43 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14.rustc === undefined){
const err44 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/required",keyword:"required",params:{missingProperty: "rustc"},message:"must have required property '"+"rustc"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data14.cargo === undefined){
const err45 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/required",keyword:"required",params:{missingProperty: "cargo"},message:"must have required property '"+"cargo"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data14.criterion === undefined){
const err46 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/required",keyword:"required",params:{missingProperty: "criterion"},message:"must have required property '"+"criterion"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data14){
if(!((((((key2 === "action_version") || (key2 === "action_ref")) || (key2 === "node")) || (key2 === "rustc")) || (key2 === "cargo")) || (key2 === "criterion"))){
const err47 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.action_version !== undefined){
let data15 = data14.action_version;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err48 = {instancePath:instancePath+"/tools/action_version",schemaPath:"#/properties/tools/properties/action_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/tools/action_version",schemaPath:"#/properties/tools/properties/action_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data14.action_ref !== undefined){
let data16 = data14.action_ref;
if((typeof data16 !== "string") && (data16 !== null)){
const err50 = {instancePath:instancePath+"/tools/action_ref",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data14.node !== undefined){
let data17 = data14.node;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err51 = {instancePath:instancePath+"/tools/node",schemaPath:"#/properties/tools/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/tools/node",schemaPath:"#/properties/tools/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data14.rustc !== undefined){
let data18 = data14.rustc;
if((typeof data18 !== "string") && (data18 !== null)){
const err53 = {instancePath:instancePath+"/tools/rustc",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data14.cargo !== undefined){
let data19 = data14.cargo;
if((typeof data19 !== "string") && (data19 !== null)){
const err54 = {instancePath:instancePath+"/tools/cargo",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data14.criterion !== undefined){
let data20 = data14.criterion;
const _errs56 = errors;
let valid15 = false;
let passing0 = null;
const _errs57 = errors;
if(data20 !== null){
const err55 = {instancePath:instancePath+"/tools/criterion",schemaPath:"#/properties/tools/properties/criterion/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0){
valid15 = true;
passing0 = 0;
}
const _errs59 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.versions === undefined){
const err56 = {instancePath:instancePath+"/tools/criterion",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data20.lockfile === undefined){
const err57 = {instancePath:instancePath+"/tools/criterion",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/required",keyword:"required",params:{missingProperty: "lockfile"},message:"must have required property '"+"lockfile"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key3 in data20){
if(!((key3 === "versions") || (key3 === "lockfile"))){
const err58 = {instancePath:instancePath+"/tools/criterion",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.versions !== undefined){
let data21 = data20.versions;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err59 = {instancePath:instancePath+"/tools/criterion/versions/" + i0,schemaPath:"#/properties/tools/properties/criterion/oneOf/1/properties/versions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/tools/criterion/versions/" + i0,schemaPath:"#/properties/tools/properties/criterion/oneOf/1/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err61 = {instancePath:instancePath+"/tools/criterion/versions",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data20.lockfile !== undefined){
let data23 = data20.lockfile;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err62 = {instancePath:instancePath+"/tools/criterion/lockfile",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/properties/lockfile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/tools/criterion/lockfile",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/properties/lockfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/tools/criterion",schemaPath:"#/properties/tools/properties/criterion/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid0 = _errs59 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid15 = true;
passing0 = 1;
}
}
if(!valid15){
const err65 = {instancePath:instancePath+"/tools/criterion",schemaPath:"#/properties/tools/properties/criterion/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err66 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.environment !== undefined){
let data24 = data.environment;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.os === undefined){
const err67 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data24.os_release === undefined){
const err68 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "os_release"},message:"must have required property '"+"os_release"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data24.arch === undefined){
const err69 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data24.cpu_model === undefined){
const err70 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "cpu_model"},message:"must have required property '"+"cpu_model"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data24.cpu_cores === undefined){
const err71 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "cpu_cores"},message:"must have required property '"+"cpu_cores"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data24.memory_bytes === undefined){
const err72 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "memory_bytes"},message:"must have required property '"+"memory_bytes"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data24.runner === undefined){
const err73 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "runner"},message:"must have required property '"+"runner"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data24.variables === undefined){
const err74 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: "variables"},message:"must have required property '"+"variables"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key4 in data24){
if(!((((((((key4 === "os") || (key4 === "os_release")) || (key4 === "arch")) || (key4 === "cpu_model")) || (key4 === "cpu_cores")) || (key4 === "memory_bytes")) || (key4 === "runner")) || (key4 === "variables"))){
const err75 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data24.os !== undefined){
if(typeof data24.os !== "string"){
const err76 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data24.os_release !== undefined){
if(typeof data24.os_release !== "string"){
const err77 = {instancePath:instancePath+"/environment/os_release",schemaPath:"#/properties/environment/properties/os_release/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data24.arch !== undefined){
if(typeof data24.arch !== "string"){
const err78 = {instancePath:instancePath+"/environment/arch",schemaPath:"#/properties/environment/properties/arch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data24.cpu_model !== undefined){
let data28 = data24.cpu_model;
if((typeof data28 !== "string") && (data28 !== null)){
const err79 = {instancePath:instancePath+"/environment/cpu_model",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data24.cpu_cores !== undefined){
let data29 = data24.cpu_cores;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err80 = {instancePath:instancePath+"/environment/cpu_cores",schemaPath:"#/properties/environment/properties/cpu_cores/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1 || isNaN(data29)){
const err81 = {instancePath:instancePath+"/environment/cpu_cores",schemaPath:"#/properties/environment/properties/cpu_cores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data24.memory_bytes !== undefined){
let data30 = data24.memory_bytes;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err82 = {instancePath:instancePath+"/environment/memory_bytes",schemaPath:"#/properties/environment/properties/memory_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err83 = {instancePath:instancePath+"/environment/memory_bytes",schemaPath:"#/properties/environment/properties/memory_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data24.runner !== undefined){
let data31 = data24.runner;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.name === undefined){
const err84 = {instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data31.os === undefined){
const err85 = {instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data31.arch === undefined){
const err86 = {instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data31.environment === undefined){
const err87 = {instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
for(const key5 in data31){
if(!((((key5 === "name") || (key5 === "os")) || (key5 === "arch")) || (key5 === "environment"))){
const err88 = {instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data31.name !== undefined){
let data32 = data31.name;
if((typeof data32 !== "string") && (data32 !== null)){
const err89 = {instancePath:instancePath+"/environment/runner/name",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data31.os !== undefined){
let data33 = data31.os;
if((typeof data33 !== "string") && (data33 !== null)){
const err90 = {instancePath:instancePath+"/environment/runner/os",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data31.arch !== undefined){
let data34 = data31.arch;
if((typeof data34 !== "string") && (data34 !== null)){
const err91 = {instancePath:instancePath+"/environment/runner/arch",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data31.environment !== undefined){
let data35 = data31.environment;
if((typeof data35 !== "string") && (data35 !== null)){
const err92 = {instancePath:instancePath+"/environment/runner/environment",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data24.variables !== undefined){
let data36 = data24.variables;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key6 in data36){
const _errs101 = errors;
if(typeof key6 !== "string"){
const err94 = {instancePath:instancePath+"/environment/variables",schemaPath:"#/$defs/notSecretName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key6};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
const _errs104 = errors;
const _errs105 = errors;
if(errors === _errs105){
if(typeof key6 === "string"){
if(!pattern11.test(key6)){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var valid28 = _errs105 === errors;
if(valid28){
const err97 = {instancePath:instancePath+"/environment/variables",schemaPath:"#/$defs/notSecretName/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key6};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs101 === errors;
if(!valid26){
const err98 = {instancePath:instancePath+"/environment/variables",schemaPath:"#/properties/environment/properties/variables/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
for(const key7 in data36){
let data37 = data36[key7];
if((typeof data37 !== "string") && (data37 !== null)){
const err99 = {instancePath:instancePath+"/environment/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
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
const err100 = {instancePath:instancePath+"/environment/variables",schemaPath:"#/properties/environment/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.settings !== undefined){
let data38 = data.settings;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key8 in data38){
const _errs113 = errors;
if(typeof key8 !== "string"){
const err102 = {instancePath:instancePath+"/settings",schemaPath:"#/$defs/notSecretName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key8};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const _errs116 = errors;
const _errs117 = errors;
if(errors === _errs117){
if(typeof key8 === "string"){
if(!pattern11.test(key8)){
const err103 = {};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var valid33 = _errs117 === errors;
if(valid33){
const err105 = {instancePath:instancePath+"/settings",schemaPath:"#/$defs/notSecretName/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key8};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
else {
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs113 === errors;
if(!valid31){
const err106 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
for(const key9 in data38){
let data39 = data38[key9];
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.value === undefined){
const err107 = {instancePath:instancePath+"/settings/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/additionalProperties/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data39.origin === undefined){
const err108 = {instancePath:instancePath+"/settings/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/additionalProperties/required",keyword:"required",params:{missingProperty: "origin"},message:"must have required property '"+"origin"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key10 in data39){
if(!((key10 === "value") || (key10 === "origin"))){
const err109 = {instancePath:instancePath+"/settings/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data39.value !== undefined){
if(typeof data39.value !== "string"){
const err110 = {instancePath:instancePath+"/settings/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/settings/additionalProperties/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data39.origin !== undefined){
let data41 = data39.origin;
if(!(((data41 === "input") || (data41 === "config-file")) || (data41 === "default"))){
const err111 = {instancePath:instancePath+"/settings/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/origin",schemaPath:"#/properties/settings/additionalProperties/properties/origin/enum",keyword:"enum",params:{allowedValues: schema41.properties.settings.additionalProperties.properties.origin.enum},message:"must be equal to one of the allowed values"};
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
const err112 = {instancePath:instancePath+"/settings/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/settings/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.results !== undefined){
let data42 = data.results;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.measured_at === undefined){
const err114 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "measured_at"},message:"must have required property '"+"measured_at"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data42.status === undefined){
const err115 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data42.compliance_level === undefined){
const err116 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "compliance_level"},message:"must have required property '"+"compliance_level"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data42.summary === undefined){
const err117 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data42.metrics === undefined){
const err118 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data42.benchmark_count === undefined){
const err119 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "benchmark_count"},message:"must have required property '"+"benchmark_count"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data42.errors === undefined){
const err120 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data42.warnings === undefined){
const err121 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data42.comparison === undefined){
const err122 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/required",keyword:"required",params:{missingProperty: "comparison"},message:"must have required property '"+"comparison"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
for(const key11 in data42){
if(!(func1.call(schema41.properties.results.properties, key11))){
const err123 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data42.measured_at !== undefined){
let data43 = data42.measured_at;
if(typeof data43 === "string"){
if(!pattern5.test(data43)){
const err124 = {instancePath:instancePath+"/results/measured_at",schemaPath:"#/$defs/utcTimestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(!(formats0.validate(data43))){
const err125 = {instancePath:instancePath+"/results/measured_at",schemaPath:"#/$defs/utcTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/results/measured_at",schemaPath:"#/$defs/utcTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data42.status !== undefined){
let data44 = data42.status;
if(!(((data44 === "pass") || (data44 === "warn")) || (data44 === "fail"))){
const err127 = {instancePath:instancePath+"/results/status",schemaPath:"#/properties/results/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.results.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data42.compliance_level !== undefined){
let data45 = data42.compliance_level;
if(!((((data45 === "FullyCompliant") || (data45 === "ConditionallyCompliant")) || (data45 === "RequiresAttention")) || (data45 === "NonCompliant"))){
const err128 = {instancePath:instancePath+"/results/compliance_level",schemaPath:"#/properties/results/properties/compliance_level/enum",keyword:"enum",params:{allowedValues: schema41.properties.results.properties.compliance_level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data42.summary !== undefined){
let data46 = data42.summary;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err129 = {instancePath:instancePath+"/results/summary",schemaPath:"#/properties/results/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/results/summary",schemaPath:"#/properties/results/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data42.metrics !== undefined){
let data47 = data42.metrics;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.display === undefined){
const err131 = {instancePath:instancePath+"/results/metrics",schemaPath:"#/properties/results/properties/metrics/required",keyword:"required",params:{missingProperty: "display"},message:"must have required property '"+"display"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data47.comp3 === undefined){
const err132 = {instancePath:instancePath+"/results/metrics",schemaPath:"#/properties/results/properties/metrics/required",keyword:"required",params:{missingProperty: "comp3"},message:"must have required property '"+"comp3"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
for(const key12 in data47){
if(!((key12 === "display") || (key12 === "comp3"))){
const err133 = {instancePath:instancePath+"/results/metrics",schemaPath:"#/properties/results/properties/metrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data47.display !== undefined){
if(!(validate33(data47.display, {instancePath:instancePath+"/results/metrics/display",parentData:data47,parentDataProperty:"display",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data47.comp3 !== undefined){
if(!(validate33(data47.comp3, {instancePath:instancePath+"/results/metrics/comp3",parentData:data47,parentDataProperty:"comp3",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err134 = {instancePath:instancePath+"/results/metrics",schemaPath:"#/properties/results/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data42.benchmark_count !== undefined){
let data50 = data42.benchmark_count;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err135 = {instancePath:instancePath+"/results/benchmark_count",schemaPath:"#/properties/results/properties/benchmark_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err136 = {instancePath:instancePath+"/results/benchmark_count",schemaPath:"#/properties/results/properties/benchmark_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
if(data42.errors !== undefined){
let data51 = data42.errors;
if(Array.isArray(data51)){
const len1 = data51.length;
for(let i1=0; i1<len1; i1++){
if(typeof data51[i1] !== "string"){
const err137 = {instancePath:instancePath+"/results/errors/" + i1,schemaPath:"#/properties/results/properties/errors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/results/errors",schemaPath:"#/properties/results/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data42.warnings !== undefined){
let data53 = data42.warnings;
if(Array.isArray(data53)){
const len2 = data53.length;
for(let i2=0; i2<len2; i2++){
if(typeof data53[i2] !== "string"){
const err139 = {instancePath:instancePath+"/results/warnings/" + i2,schemaPath:"#/properties/results/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/results/warnings",schemaPath:"#/properties/results/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data42.comparison !== undefined){
let data55 = data42.comparison;
const _errs152 = errors;
let valid43 = false;
let passing1 = null;
const _errs153 = errors;
if(data55 !== null){
const err141 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid1 = _errs153 === errors;
if(_valid1){
valid43 = true;
passing1 = 0;
}
const _errs155 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.baseline_commit === undefined){
const err142 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/1/required",keyword:"required",params:{missingProperty: "baseline_commit"},message:"must have required property '"+"baseline_commit"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data55.baseline_promoted_at === undefined){
const err143 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/1/required",keyword:"required",params:{missingProperty: "baseline_promoted_at"},message:"must have required property '"+"baseline_promoted_at"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data55.regressions === undefined){
const err144 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/1/required",keyword:"required",params:{missingProperty: "regressions"},message:"must have required property '"+"regressions"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data55.improvements === undefined){
const err145 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/1/required",keyword:"required",params:{missingProperty: "improvements"},message:"must have required property '"+"improvements"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key13 in data55){
if(!((((key13 === "baseline_commit") || (key13 === "baseline_promoted_at")) || (key13 === "regressions")) || (key13 === "improvements"))){
const err146 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data55.baseline_commit !== undefined){
let data56 = data55.baseline_commit;
if((typeof data56 !== "string") && (data56 !== null)){
const err147 = {instancePath:instancePath+"/results/comparison/baseline_commit",schemaPath:"#/$defs/nullableText/type",keyword:"type",params:{type: schema43.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data55.baseline_promoted_at !== undefined){
let data57 = data55.baseline_promoted_at;
if(typeof data57 === "string"){
if(!pattern5.test(data57)){
const err148 = {instancePath:instancePath+"/results/comparison/baseline_promoted_at",schemaPath:"#/$defs/utcTimestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(!(formats0.validate(data57))){
const err149 = {instancePath:instancePath+"/results/comparison/baseline_promoted_at",schemaPath:"#/$defs/utcTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/results/comparison/baseline_promoted_at",schemaPath:"#/$defs/utcTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data55.regressions !== undefined){
let data58 = data55.regressions;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err151 = {instancePath:instancePath+"/results/comparison/regressions",schemaPath:"#/properties/results/properties/comparison/oneOf/1/properties/regressions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
const err152 = {instancePath:instancePath+"/results/comparison/regressions",schemaPath:"#/properties/results/properties/comparison/oneOf/1/properties/regressions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
if(data55.improvements !== undefined){
let data59 = data55.improvements;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err153 = {instancePath:instancePath+"/results/comparison/improvements",schemaPath:"#/properties/results/properties/comparison/oneOf/1/properties/improvements/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err154 = {instancePath:instancePath+"/results/comparison/improvements",schemaPath:"#/properties/results/properties/comparison/oneOf/1/properties/improvements/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
}
else {
const err155 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var _valid1 = _errs155 === errors;
if(_valid1 && valid43){
valid43 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid43 = true;
passing1 = 1;
}
}
if(!valid43){
const err156 = {instancePath:instancePath+"/results/comparison",schemaPath:"#/properties/results/properties/comparison/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
else {
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
}
}
if(data42.benchmarks !== undefined){
let data60 = data42.benchmarks;
if(Array.isArray(data60)){
const len3 = data60.length;
for(let i3=0; i3<len3; i3++){
let data61 = data60[i3];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.id === undefined){
const err157 = {instancePath:instancePath+"/results/benchmarks/" + i3,schemaPath:"#/properties/results/properties/benchmarks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data61.metric === undefined){
const err158 = {instancePath:instancePath+"/results/benchmarks/" + i3,schemaPath:"#/properties/results/properties/benchmarks/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data61.time_ns === undefined){
const err159 = {instancePath:instancePath+"/results/benchmarks/" + i3,schemaPath:"#/properties/results/properties/benchmarks/items/required",keyword:"required",params:{missingProperty: "time_ns"},message:"must have required property '"+"time_ns"+"'"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data61.bytes_per_second === undefined){
const err160 = {instancePath:instancePath+"/results/benchmarks/" + i3,schemaPath:"#/properties/results/properties/benchmarks/items/required",keyword:"required",params:{missingProperty: "bytes_per_second"},message:"must have required property '"+"bytes_per_second"+"'"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key14 in data61){
if(!((((key14 === "id") || (key14 === "metric")) || (key14 === "time_ns")) || (key14 === "bytes_per_second"))){
const err161 = {instancePath:instancePath+"/results/benchmarks/" + i3,schemaPath:"#/properties/results/properties/benchmarks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data61.id !== undefined){
let data62 = data61.id;
if(typeof data62 === "string"){
if(func2(data62) < 1){
const err162 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/id",schemaPath:"#/properties/results/properties/benchmarks/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/id",schemaPath:"#/properties/results/properties/benchmarks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data61.metric !== undefined){
let data63 = data61.metric;
if(!(((data63 === "display") || (data63 === "comp3")) || (data63 === null))){
const err164 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/metric",schemaPath:"#/properties/results/properties/benchmarks/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema41.properties.results.properties.benchmarks.items.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data61.time_ns !== undefined){
let data64 = data61.time_ns;
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err165 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/time_ns",schemaPath:"#/properties/results/properties/benchmarks/items/properties/time_ns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/time_ns",schemaPath:"#/properties/results/properties/benchmarks/items/properties/time_ns/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data61.bytes_per_second !== undefined){
let data65 = data61.bytes_per_second;
if((!((typeof data65 == "number") && (isFinite(data65)))) && (data65 !== null)){
const err167 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/bytes_per_second",schemaPath:"#/properties/results/properties/benchmarks/items/properties/bytes_per_second/type",keyword:"type",params:{type: schema41.properties.results.properties.benchmarks.items.properties.bytes_per_second.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 0 || isNaN(data65)){
const err168 = {instancePath:instancePath+"/results/benchmarks/" + i3+"/bytes_per_second",schemaPath:"#/properties/results/properties/benchmarks/items/properties/bytes_per_second/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
}
else {
const err169 = {instancePath:instancePath+"/results/benchmarks/" + i3,schemaPath:"#/properties/results/properties/benchmarks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err170 = {instancePath:instancePath+"/results/benchmarks",schemaPath:"#/properties/results/properties/benchmarks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.files !== undefined){
let data66 = data.files;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.report === undefined){
const err172 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: "report"},message:"must have required property '"+"report"+"'"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data66.baseline === undefined){
const err173 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
for(const key15 in data66){
if(!((key15 === "report") || (key15 === "baseline"))){
const err174 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data66.report !== undefined){
let data67 = data66.report;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.path === undefined){
const err175 = {instancePath:instancePath+"/files/report",schemaPath:"#/$defs/hashedFile/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data67.sha256 === undefined){
const err176 = {instancePath:instancePath+"/files/report",schemaPath:"#/$defs/hashedFile/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key16 in data67){
if(!((key16 === "path") || (key16 === "sha256"))){
const err177 = {instancePath:instancePath+"/files/report",schemaPath:"#/$defs/hashedFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data67.path !== undefined){
let data68 = data67.path;
if(typeof data68 === "string"){
if(func2(data68) < 1){
const err178 = {instancePath:instancePath+"/files/report/path",schemaPath:"#/$defs/hashedFile/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/files/report/path",schemaPath:"#/$defs/hashedFile/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data67.sha256 !== undefined){
let data69 = data67.sha256;
if(typeof data69 === "string"){
if(!pattern15.test(data69)){
const err180 = {instancePath:instancePath+"/files/report/sha256",schemaPath:"#/$defs/hashedFile/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/files/report/sha256",schemaPath:"#/$defs/hashedFile/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/files/report",schemaPath:"#/$defs/hashedFile/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data66.baseline !== undefined){
let data70 = data66.baseline;
const _errs192 = errors;
let valid53 = false;
let passing2 = null;
const _errs193 = errors;
if(data70 !== null){
const err183 = {instancePath:instancePath+"/files/baseline",schemaPath:"#/properties/files/properties/baseline/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid2 = _errs193 === errors;
if(_valid2){
valid53 = true;
passing2 = 0;
}
const _errs195 = errors;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.path === undefined){
const err184 = {instancePath:instancePath+"/files/baseline",schemaPath:"#/$defs/hashedFile/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data70.sha256 === undefined){
const err185 = {instancePath:instancePath+"/files/baseline",schemaPath:"#/$defs/hashedFile/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
for(const key17 in data70){
if(!((key17 === "path") || (key17 === "sha256"))){
const err186 = {instancePath:instancePath+"/files/baseline",schemaPath:"#/$defs/hashedFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data70.path !== undefined){
let data71 = data70.path;
if(typeof data71 === "string"){
if(func2(data71) < 1){
const err187 = {instancePath:instancePath+"/files/baseline/path",schemaPath:"#/$defs/hashedFile/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/files/baseline/path",schemaPath:"#/$defs/hashedFile/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data70.sha256 !== undefined){
let data72 = data70.sha256;
if(typeof data72 === "string"){
if(!pattern15.test(data72)){
const err189 = {instancePath:instancePath+"/files/baseline/sha256",schemaPath:"#/$defs/hashedFile/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/files/baseline/sha256",schemaPath:"#/$defs/hashedFile/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/files/baseline",schemaPath:"#/$defs/hashedFile/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid2 = _errs195 === errors;
if(_valid2 && valid53){
valid53 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid53 = true;
passing2 = 1;
}
}
if(!valid53){
const err192 = {instancePath:instancePath+"/files/baseline",schemaPath:"#/properties/files/properties/baseline/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
else {
errors = _errs192;
if(vErrors !== null){
if(_errs192){
vErrors.length = _errs192;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err193 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data.labels !== undefined){
let data73 = data.labels;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key18 in data73){
if(typeof data73[key18] !== "string"){
const err194 = {instancePath:instancePath+"/labels/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err195 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const baseline = validate36;
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/copybook-bench-action/schema/baseline.schema.json","title":"copybook-bench baseline (baseline.json)","description":"The promoted result of the baseline branch: the full report of that run and the history of promotions","type":"object","additionalProperties":false,"required":["schema_version","name","promoted_at","commit","ref","run_id","runner","report","history"],"properties":{"schema_version":{"const":"1.0"},"name":{"description":"The action instance's name input","type":"string","minLength":1},"promoted_at":{"$ref":"perf-report.schema.json#/$defs/utcTimestamp"},"commit":{"type":["string","null"]},"ref":{"type":["string","null"]},"run_id":{"type":["string","null"]},"runner":{"type":"object","additionalProperties":false,"required":["os","arch","testbed"],"properties":{"os":{"type":"string","minLength":1},"arch":{"type":"string","minLength":1},"testbed":{"description":"The testbed input: a label for the machine class","type":"string"}}},"report":{"description":"perf.json of the promoted run","$ref":"perf-report.schema.json"},"history":{"description":"The last history-size promotions, oldest first; the last one is this promotion","type":"array","minItems":1,"items":{"$ref":"#/$defs/historyEntry"}}},"$defs":{"historyEntry":{"type":"object","additionalProperties":false,"required":["commit","timestamp","display_gibs","comp3_mibs","benchmarks"],"properties":{"commit":{"type":["string","null"]},"timestamp":{"$ref":"perf-report.schema.json#/$defs/utcTimestamp"},"display_gibs":{"type":["number","null"],"minimum":0},"comp3_mibs":{"type":["number","null"],"minimum":0},"benchmarks":{"description":"Benchmark id to bytes per second, or ns per iteration for benchmarks without byte throughput","type":"object","additionalProperties":{"type":"number","minimum":0}}}}}};
const schema71 = {"type":"object","additionalProperties":false,"required":["commit","timestamp","display_gibs","comp3_mibs","benchmarks"],"properties":{"commit":{"type":["string","null"]},"timestamp":{"$ref":"perf-report.schema.json#/$defs/utcTimestamp"},"display_gibs":{"type":["number","null"],"minimum":0},"comp3_mibs":{"type":["number","null"],"minimum":0},"benchmarks":{"description":"Benchmark id to bytes per second, or ns per iteration for benchmarks without byte throughput","type":"object","additionalProperties":{"type":"number","minimum":0}}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.commit === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_gibs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_gibs"},message:"must have required property '"+"display_gibs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.comp3_mibs === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comp3_mibs"},message:"must have required property '"+"comp3_mibs"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.benchmarks === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "benchmarks"},message:"must have required property '"+"benchmarks"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "commit") || (key0 === "timestamp")) || (key0 === "display_gibs")) || (key0 === "comp3_mibs")) || (key0 === "benchmarks"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.commit !== undefined){
let data0 = data.commit;
if((typeof data0 !== "string") && (data0 !== null)){
const err6 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: schema71.properties.commit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/timestamp",schemaPath:"perf-report.schema.json#/$defs/utcTimestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/timestamp",schemaPath:"perf-report.schema.json#/$defs/utcTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"perf-report.schema.json#/$defs/utcTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.display_gibs !== undefined){
let data2 = data.display_gibs;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err10 = {instancePath:instancePath+"/display_gibs",schemaPath:"#/properties/display_gibs/type",keyword:"type",params:{type: schema71.properties.display_gibs.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/display_gibs",schemaPath:"#/properties/display_gibs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.comp3_mibs !== undefined){
let data3 = data.comp3_mibs;
if((!((typeof data3 == "number") && (isFinite(data3)))) && (data3 !== null)){
const err12 = {instancePath:instancePath+"/comp3_mibs",schemaPath:"#/properties/comp3_mibs/type",keyword:"type",params:{type: schema71.properties.comp3_mibs.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/comp3_mibs",schemaPath:"#/properties/comp3_mibs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.benchmarks !== undefined){
let data4 = data.benchmarks;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/benchmarks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/benchmarks/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err15 = {instancePath:instancePath+"/benchmarks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/benchmarks/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
else {
const err16 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/org/copybook-bench-action/schema/baseline.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.promoted_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "promoted_at"},message:"must have required property '"+"promoted_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.commit === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ref === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.run_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.runner === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runner"},message:"must have required property '"+"runner"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.report === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "report"},message:"must have required property '"+"report"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.history === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "history"},message:"must have required property '"+"history"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema69.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schema_version !== undefined){
if("1.0" !== data.schema_version){
const err10 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
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
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.promoted_at !== undefined){
let data2 = data.promoted_at;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/promoted_at",schemaPath:"perf-report.schema.json#/$defs/utcTimestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data2))){
const err14 = {instancePath:instancePath+"/promoted_at",schemaPath:"perf-report.schema.json#/$defs/utcTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err15 = {instancePath:instancePath+"/promoted_at",schemaPath:"perf-report.schema.json#/$defs/utcTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.commit !== undefined){
let data3 = data.commit;
if((typeof data3 !== "string") && (data3 !== null)){
const err16 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: schema69.properties.commit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ref !== undefined){
let data4 = data.ref;
if((typeof data4 !== "string") && (data4 !== null)){
const err17 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: schema69.properties.ref.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.run_id !== undefined){
let data5 = data.run_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err18 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: schema69.properties.run_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.runner !== undefined){
let data6 = data.runner;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.os === undefined){
const err19 = {instancePath:instancePath+"/runner",schemaPath:"#/properties/runner/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.arch === undefined){
const err20 = {instancePath:instancePath+"/runner",schemaPath:"#/properties/runner/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.testbed === undefined){
const err21 = {instancePath:instancePath+"/runner",schemaPath:"#/properties/runner/required",keyword:"required",params:{missingProperty: "testbed"},message:"must have required property '"+"testbed"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "os") || (key1 === "arch")) || (key1 === "testbed"))){
const err22 = {instancePath:instancePath+"/runner",schemaPath:"#/properties/runner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.os !== undefined){
let data7 = data6.os;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err23 = {instancePath:instancePath+"/runner/os",schemaPath:"#/properties/runner/properties/os/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/runner/os",schemaPath:"#/properties/runner/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.arch !== undefined){
let data8 = data6.arch;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err25 = {instancePath:instancePath+"/runner/arch",schemaPath:"#/properties/runner/properties/arch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/runner/arch",schemaPath:"#/properties/runner/properties/arch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.testbed !== undefined){
if(typeof data6.testbed !== "string"){
const err27 = {instancePath:instancePath+"/runner/testbed",schemaPath:"#/properties/runner/properties/testbed/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err28 = {instancePath:instancePath+"/runner",schemaPath:"#/properties/runner/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.report !== undefined){
if(!(validate20(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.history !== undefined){
let data11 = data.history;
if(Array.isArray(data11)){
if(data11.length < 1){
const err29 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate38(data11[i0], {instancePath:instancePath+"/history/" + i0,parentData:data11,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

