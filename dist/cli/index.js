#!/usr/bin/env node
import{createRequire as e}from"module";var t={3860:e=>{var t=Object.prototype.hasOwnProperty;var n=Object.prototype.toString;var r=Object.defineProperty;var i=Object.getOwnPropertyDescriptor;var o=function isArray(e){if(typeof Array.isArray==="function"){return Array.isArray(e)}return n.call(e)==="[object Array]"};var s=function isPlainObject(e){if(!e||n.call(e)!=="[object Object]"){return false}var r=t.call(e,"constructor");var i=e.constructor&&e.constructor.prototype&&t.call(e.constructor.prototype,"isPrototypeOf");if(e.constructor&&!r&&!i){return false}var o;for(o in e){}return typeof o==="undefined"||t.call(e,o)};var a=function setProperty(e,t){if(r&&t.name==="__proto__"){r(e,t.name,{enumerable:true,configurable:true,value:t.newValue,writable:true})}else{e[t.name]=t.newValue}};var l=function getProperty(e,n){if(n==="__proto__"){if(!t.call(e,n)){return void 0}else if(i){return i(e,n).value}}return e[n]};e.exports=function extend(){var e,t,n,r,i,c;var u=arguments[0];var f=1;var d=arguments.length;var p=false;if(typeof u==="boolean"){p=u;u=arguments[1]||{};f=2}if(u==null||typeof u!=="object"&&typeof u!=="function"){u={}}for(;f<d;++f){e=arguments[f];if(e!=null){for(t in e){n=l(u,t);r=l(e,t);if(u!==r){if(p&&r&&(s(r)||(i=o(r)))){if(i){i=false;c=n&&o(n)?n:[]}else{c=n&&s(n)?n:{}}a(u,{name:t,newValue:extend(p,c,r)})}else if(typeof r!=="undefined"){a(u,{name:t,newValue:r})}}}}}return u}},9312:e=>{(function(){var t;if(true){t=e.exports=format}else{}t.format=format;t.vsprintf=vsprintf;if(typeof console!=="undefined"&&typeof console.log==="function"){t.printf=printf}function printf(){console.log(format.apply(null,arguments))}function vsprintf(e,t){return format.apply(null,[e].concat(t))}function format(e){var t=1,n=[].slice.call(arguments),r=0,i=e.length,o="",s,a=false,l,c,u=false,f,nextArg=function(){return n[t++]},slurpNumber=function(){var t="";while(/\d/.test(e[r])){t+=e[r++];s=e[r]}return t.length>0?parseInt(t):null};for(;r<i;++r){s=e[r];if(a){a=false;if(s=="."){u=false;s=e[++r]}else if(s=="0"&&e[r+1]=="."){u=true;r+=2;s=e[r]}else{u=true}f=slurpNumber();switch(s){case"b":o+=parseInt(nextArg(),10).toString(2);break;case"c":l=nextArg();if(typeof l==="string"||l instanceof String)o+=l;else o+=String.fromCharCode(parseInt(l,10));break;case"d":o+=parseInt(nextArg(),10);break;case"f":c=String(parseFloat(nextArg()).toFixed(f||6));o+=u?c:c.replace(/^0/,"");break;case"j":o+=JSON.stringify(nextArg());break;case"o":o+="0"+parseInt(nextArg(),10).toString(8);break;case"s":o+=nextArg();break;case"x":o+="0x"+parseInt(nextArg(),10).toString(16);break;case"X":o+="0x"+parseInt(nextArg(),10).toString(16).toUpperCase();break;default:o+=s;break}}else if(s==="%"){a=true}else{o+=s}}return o}})()},4006:(e,t,n)=>{const r=n(8016);const i=n(4059);function picomatch(e,t,n=false){if(t&&(t.windows===null||t.windows===undefined)){t={...t,windows:i.isWindows()}}return r(e,t,n)}Object.assign(picomatch,r);e.exports=picomatch},5595:e=>{const t="\\\\/";const n=`[^${t}]`;const r=0;const i="\\.";const o="\\+";const s="\\?";const a="\\/";const l="(?=.)";const c="[^/]";const u=`(?:${a}|$)`;const f=`(?:^|${a})`;const d=`${i}{1,2}${u}`;const p=`(?!${i})`;const h=`(?!${f}${d})`;const m=`(?!${i}{0,1}${u})`;const g=`(?!${d})`;const y=`[^.${a}]`;const k=`${c}*?`;const b="/";const w={DOT_LITERAL:i,PLUS_LITERAL:o,QMARK_LITERAL:s,SLASH_LITERAL:a,ONE_CHAR:l,QMARK:c,END_ANCHOR:u,DOTS_SLASH:d,NO_DOT:p,NO_DOTS:h,NO_DOT_SLASH:m,NO_DOTS_SLASH:g,QMARK_NO_DOT:y,STAR:k,START_ANCHOR:f,SEP:b};const x={...w,SLASH_LITERAL:`[${t}]`,QMARK:n,STAR:`${n}*?`,DOTS_SLASH:`${i}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${i})`,NO_DOTS:`(?!(?:^|[${t}])${i}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${i}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${i}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};const v={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:r,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:v,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===true?x:w}}},8265:(e,t,n)=>{const r=n(5595);const i=n(4059);const{MAX_LENGTH:o,POSIX_REGEX_SOURCE:s,REGEX_NON_SPECIAL_CHARS:a,REGEX_SPECIAL_CHARS_BACKREF:l,REPLACEMENTS:c}=r;const expandRange=(e,t)=>{if(typeof t.expandRange==="function"){return t.expandRange(...e,t)}e.sort();const n=`[${e.join("-")}]`;try{new RegExp(n)}catch(t){return e.map(e=>i.escapeRegex(e)).join("..")}return n};const syntaxError=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`;const splitTopLevel=e=>{const t=[];let n=0;let r=0;let i=0;let o="";let s=false;for(const a of e){if(s===true){o+=a;s=false;continue}if(a==="\\"){o+=a;s=true;continue}if(a==='"'){i=i===1?0:1;o+=a;continue}if(i===0){if(a==="["){n++}else if(a==="]"&&n>0){n--}else if(n===0){if(a==="("){r++}else if(a===")"&&r>0){r--}else if(a==="|"&&r===0){t.push(o);o="";continue}}}o+=a}t.push(o);return t};const isPlainBranch=e=>{let t=false;for(const n of e){if(t===true){t=false;continue}if(n==="\\"){t=true;continue}if(/[?*+@!()[\]{}]/.test(n)){return false}}return true};const normalizeSimpleBranch=e=>{let t=e.trim();let n=true;while(n===true){n=false;if(/^@\([^\\()[\]{}|]+\)$/.test(t)){t=t.slice(2,-1);n=true}}if(!isPlainBranch(t)){return}return t.replace(/\\(.)/g,"$1")};const hasRepeatedCharPrefixOverlap=e=>{const t=e.map(normalizeSimpleBranch).filter(Boolean);for(let e=0;e<t.length;e++){for(let n=e+1;n<t.length;n++){const r=t[e];const i=t[n];const o=r[0];if(!o||r!==o.repeat(r.length)||i!==o.repeat(i.length)){continue}if(r===i||r.startsWith(i)||i.startsWith(r)){return true}}}return false};const parseRepeatedExtglob=(e,t=true)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="("){return}let n=0;let r=0;let i=0;let o=false;for(let s=1;s<e.length;s++){const a=e[s];if(o===true){o=false;continue}if(a==="\\"){o=true;continue}if(a==='"'){i=i===1?0:1;continue}if(i===1){continue}if(a==="["){n++;continue}if(a==="]"&&n>0){n--;continue}if(n>0){continue}if(a==="("){r++;continue}if(a===")"){r--;if(r===0){if(t===true&&s!==e.length-1){return}return{type:e[0],body:e.slice(2,s),end:s}}}}};const buildCharClassStar=e=>{const t=e.length===1?i.escapeRegex(e[0]):`[${e.map(e=>i.escapeRegex(e)).join("")}]`;return`${t}*`};const getStarExtglobSequenceChars=e=>{let t=0;const n=[];while(t<e.length){const r=parseRepeatedExtglob(e.slice(t),false);if(!r||r.type!=="*"){return}const i=splitTopLevel(r.body).map(e=>e.trim());if(i.length!==1){return}const o=normalizeSimpleBranch(i[0]);if(!o||o.length!==1){return}n.push(o);t+=r.end+1}if(n.length<1){return}return n};const repeatedExtglobRecursion=e=>{let t=0;let n=e.trim();let r=parseRepeatedExtglob(n);while(r){t++;n=r.body.trim();r=parseRepeatedExtglob(n)}return t};const analyzeRepeatedExtglob=(e,t)=>{if(t.maxExtglobRecursion===false){return{risky:false}}const n=typeof t.maxExtglobRecursion==="number"?t.maxExtglobRecursion:r.DEFAULT_MAX_EXTGLOB_RECURSION;const i=splitTopLevel(e).map(e=>e.trim());if(i.length>1){if(i.some(e=>e==="")||i.some(e=>/^[*?]+$/.test(e))||hasRepeatedCharPrefixOverlap(i)){return{risky:true}}}const o=[];let s=false;let a=true;for(const e of i){const t=getStarExtglobSequenceChars(e);if(t){s=true;o.push(...t);continue}const r=normalizeSimpleBranch(e);if(r&&r.length===1){o.push(r);continue}a=false;if(repeatedExtglobRecursion(e)>n){return{risky:true}}}if(s){return a?{risky:true,safeOutput:buildCharClassStar([...new Set(o)])}:{risky:true}}return{risky:false}};const parse=(e,t)=>{if(typeof e!=="string"){throw new TypeError("Expected a string")}e=c[e]||e;const n={...t};const u=typeof n.maxLength==="number"?Math.min(o,n.maxLength):o;let f=e.length;if(f>u){throw new SyntaxError(`Input length: ${f}, exceeds maximum allowed length: ${u}`)}const d={type:"bos",value:"",output:n.prepend||""};const p=[d];const h=n.capture?"":"?:";const m=r.globChars(n.windows);const g=r.extglobChars(m);const{DOT_LITERAL:y,PLUS_LITERAL:k,SLASH_LITERAL:b,ONE_CHAR:w,DOTS_SLASH:x,NO_DOT:v,NO_DOT_SLASH:S,NO_DOTS_SLASH:A,QMARK:C,QMARK_NO_DOT:E,STAR:T,START_ANCHOR:O}=m;const globstar=e=>`(${h}(?:(?!${O}${e.dot?x:y}).)*?)`;const L=n.dot?"":v;const I=n.dot?C:E;let N=n.bash===true?globstar(n):T;if(n.capture){N=`(${N})`}if(typeof n.noext==="boolean"){n.noextglob=n.noext}const _={input:e,index:-1,start:0,dot:n.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens:p};e=i.removePrefix(e,_);f=e.length;const P=[];const R=[];const D=[];let $=d;let M;const eos=()=>_.index===f-1;const F=_.peek=(t=1)=>e[_.index+t];const j=_.advance=()=>e[++_.index]||"";const remaining=()=>e.slice(_.index+1);const consume=(e="",t=0)=>{_.consumed+=e;_.index+=t};const append=e=>{_.output+=e.output!=null?e.output:e.value;consume(e.value)};const negate=()=>{let e=1;while(F()==="!"&&(F(2)!=="("||F(3)==="?")){j();_.start++;e++}if(e%2===0){return false}_.negated=true;_.start++;return true};const increment=e=>{_[e]++;D.push(e)};const decrement=e=>{_[e]--;D.pop()};const push=e=>{if($.type==="globstar"){const t=_.braces>0&&(e.type==="comma"||e.type==="brace");const n=e.extglob===true||P.length&&(e.type==="pipe"||e.type==="paren");if(e.type!=="slash"&&e.type!=="paren"&&!t&&!n){_.output=_.output.slice(0,-$.output.length);$.type="star";$.value="*";$.output=N;_.output+=$.output}}if(P.length&&e.type!=="paren"){P[P.length-1].inner+=e.value}if(e.value||e.output)append(e);if($&&$.type==="text"&&e.type==="text"){$.output=($.output||$.value)+e.value;$.value+=e.value;return}e.prev=$;p.push(e);$=e};const extglobOpen=(e,t)=>{const r={...g[t],conditions:1,inner:""};r.prev=$;r.parens=_.parens;r.output=_.output;r.startIndex=_.index;r.tokensIndex=p.length;const i=(n.capture?"(":"")+r.open;increment("parens");push({type:e,value:t,output:_.output?"":w});push({type:"paren",extglob:true,value:j(),output:i});P.push(r)};const extglobClose=r=>{const o=e.slice(r.startIndex,_.index+1);const s=e.slice(r.startIndex+2,_.index);const a=analyzeRepeatedExtglob(s,n);if((r.type==="plus"||r.type==="star")&&a.risky){const e=a.safeOutput?(r.output?"":w)+(n.capture?`(${a.safeOutput})`:a.safeOutput):undefined;const t=p[r.tokensIndex];t.type="text";t.value=o;t.output=e||i.escapeRegex(o);for(let e=r.tokensIndex+1;e<p.length;e++){p[e].value="";p[e].output="";delete p[e].suffix}_.output=r.output+t.output;_.backtrack=true;push({type:"paren",extglob:true,value:M,output:""});decrement("parens");return}let l=r.close+(n.capture?")":"");let c;if(r.type==="negate"){let e=N;if(r.inner&&r.inner.length>1&&r.inner.includes("/")){e=globstar(n)}if(e!==N||eos()||/^\)+$/.test(remaining())){l=r.close=`)$))${e}`}if(r.inner.includes("*")&&(c=remaining())&&/^\.[^\\/.]+$/.test(c)){const n=parse(c,{...t,fastpaths:false}).output;l=r.close=`)${n})${e})`}if(r.prev.type==="bos"){_.negatedExtglob=true}}push({type:"paren",extglob:true,value:M,output:l});decrement("parens")};if(n.fastpaths!==false&&!/(^[*!]|[/()[\]{}"])/.test(e)){let r=false;let o=e.replace(l,(e,t,n,i,o,s)=>{if(i==="\\"){r=true;return e}if(i==="?"){if(t){return t+i+(o?C.repeat(o.length):"")}if(s===0){return I+(o?C.repeat(o.length):"")}return C.repeat(n.length)}if(i==="."){return y.repeat(n.length)}if(i==="*"){if(t){return t+i+(o?N:"")}return N}return t?e:`\\${e}`});if(r===true){if(n.unescape===true){o=o.replace(/\\/g,"")}else{o=o.replace(/\\+/g,e=>e.length%2===0?"\\\\":e?"\\":"")}}if(o===e&&n.contains===true){_.output=e;return _}_.output=i.wrapOutput(o,_,t);return _}while(!eos()){M=j();if(M==="\0"){continue}if(M==="\\"){const e=F();if(e==="/"&&n.bash!==true){continue}if(e==="."||e===";"){continue}if(!e){M+="\\";push({type:"text",value:M});continue}const t=/^\\+/.exec(remaining());let r=0;if(t&&t[0].length>2){r=t[0].length;_.index+=r;if(r%2!==0){M+="\\"}}if(n.unescape===true){M=j()}else{M+=j()}if(_.brackets===0){push({type:"text",value:M});continue}}if(_.brackets>0&&(M!=="]"||$.value==="["||$.value==="[^")){if(n.posix!==false&&M===":"){const e=$.value.slice(1);if(e.includes("[")){$.posix=true;if(e.includes(":")){const e=$.value.lastIndexOf("[");const t=$.value.slice(0,e);const n=$.value.slice(e+2);const r=s[n];if(r){$.value=t+r;_.backtrack=true;j();if(!d.output&&p.indexOf($)===1){d.output=w}continue}}}}if(M==="["&&F()!==":"||M==="-"&&F()==="]"){M=`\\${M}`}if(M==="]"&&($.value==="["||$.value==="[^")){M=`\\${M}`}if(n.posix===true&&M==="!"&&$.value==="["){M="^"}$.value+=M;append({value:M});continue}if(_.quotes===1&&M!=='"'){M=i.escapeRegex(M);$.value+=M;append({value:M});continue}if(M==='"'){_.quotes=_.quotes===1?0:1;if(n.keepQuotes===true){push({type:"text",value:M})}continue}if(M==="("){increment("parens");push({type:"paren",value:M});continue}if(M===")"){if(_.parens===0&&n.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const e=P[P.length-1];if(e&&_.parens===e.parens+1){extglobClose(P.pop());continue}push({type:"paren",value:M,output:_.parens?")":"\\)"});decrement("parens");continue}if(M==="["){if(n.nobracket===true||!remaining().includes("]")){if(n.nobracket!==true&&n.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}M=`\\${M}`}else{increment("brackets")}push({type:"bracket",value:M});continue}if(M==="]"){if(n.nobracket===true||$&&$.type==="bracket"&&$.value.length===1){push({type:"text",value:M,output:`\\${M}`});continue}if(_.brackets===0){if(n.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value:M,output:`\\${M}`});continue}decrement("brackets");const e=$.value.slice(1);if($.posix!==true&&e[0]==="^"&&!e.includes("/")){M=`/${M}`}$.value+=M;append({value:M});if(n.literalBrackets===false||i.hasRegexChars(e)){continue}const t=i.escapeRegex($.value);_.output=_.output.slice(0,-$.value.length);if(n.literalBrackets===true){_.output+=t;$.value=t;continue}$.value=`(${h}${t}|${$.value})`;_.output+=$.value;continue}if(M==="{"&&n.nobrace!==true){increment("braces");const e={type:"brace",value:M,output:"(",outputIndex:_.output.length,tokensIndex:_.tokens.length};R.push(e);push(e);continue}if(M==="}"){const e=R[R.length-1];if(n.nobrace===true||!e){push({type:"text",value:M,output:M});continue}let t=")";if(e.dots===true){const e=p.slice();const r=[];for(let t=e.length-1;t>=0;t--){p.pop();if(e[t].type==="brace"){break}if(e[t].type!=="dots"){r.unshift(e[t].value)}}t=expandRange(r,n);_.backtrack=true}if(e.comma!==true&&e.dots!==true){const n=_.output.slice(0,e.outputIndex);const r=_.tokens.slice(e.tokensIndex);e.value=e.output="\\{";M=t="\\}";_.output=n;for(const e of r){_.output+=e.output||e.value}}push({type:"brace",value:M,output:t});decrement("braces");R.pop();continue}if(M==="|"){if(P.length>0){P[P.length-1].conditions++}push({type:"text",value:M});continue}if(M===","){let e=M;const t=R[R.length-1];if(t&&D[D.length-1]==="braces"){t.comma=true;e="|"}push({type:"comma",value:M,output:e});continue}if(M==="/"){if($.type==="dot"&&_.index===_.start+1){_.start=_.index+1;_.consumed="";_.output="";p.pop();$=d;continue}push({type:"slash",value:M,output:b});continue}if(M==="."){if(_.braces>0&&$.type==="dot"){if($.value===".")$.output=y;const e=R[R.length-1];$.type="dots";$.output+=M;$.value+=M;e.dots=true;continue}if(_.braces+_.parens===0&&$.type!=="bos"&&$.type!=="slash"){push({type:"text",value:M,output:y});continue}push({type:"dot",value:M,output:y});continue}if(M==="?"){const e=$&&$.value==="(";if(!e&&n.noextglob!==true&&F()==="("&&F(2)!=="?"){extglobOpen("qmark",M);continue}if($&&$.type==="paren"){const e=F();let t=M;if($.value==="("&&!/[!=<:]/.test(e)||e==="<"&&!/<([!=]|\w+>)/.test(remaining())){t=`\\${M}`}push({type:"text",value:M,output:t});continue}if(n.dot!==true&&($.type==="slash"||$.type==="bos")){push({type:"qmark",value:M,output:E});continue}push({type:"qmark",value:M,output:C});continue}if(M==="!"){if(n.noextglob!==true&&F()==="("){if(F(2)!=="?"||!/[!=<:]/.test(F(3))){extglobOpen("negate",M);continue}}if(n.nonegate!==true&&_.index===0){negate();continue}}if(M==="+"){if(n.noextglob!==true&&F()==="("&&F(2)!=="?"){extglobOpen("plus",M);continue}if($&&$.value==="("||n.regex===false){push({type:"plus",value:M,output:k});continue}if($&&($.type==="bracket"||$.type==="paren"||$.type==="brace")||_.parens>0){push({type:"plus",value:M});continue}push({type:"plus",value:k});continue}if(M==="@"){if(n.noextglob!==true&&F()==="("&&F(2)!=="?"){push({type:"at",extglob:true,value:M,output:""});continue}push({type:"text",value:M});continue}if(M!=="*"){if(M==="$"||M==="^"){M=`\\${M}`}const e=a.exec(remaining());if(e){M+=e[0];_.index+=e[0].length}push({type:"text",value:M});continue}if($&&($.type==="globstar"||$.star===true)){$.type="star";$.star=true;$.value+=M;$.output=N;_.backtrack=true;_.globstar=true;consume(M);continue}let t=remaining();if(n.noextglob!==true&&/^\([^?]/.test(t)){extglobOpen("star",M);continue}if($.type==="star"){if(n.noglobstar===true){consume(M);continue}const r=$.prev;const i=r.prev;const o=r.type==="slash"||r.type==="bos";const s=i&&(i.type==="star"||i.type==="globstar");if(n.bash===true&&(!o||t[0]&&t[0]!=="/")){push({type:"star",value:M,output:""});continue}const a=_.braces>0&&(r.type==="comma"||r.type==="brace");const l=P.length&&(r.type==="pipe"||r.type==="paren");if(!o&&r.type!=="paren"&&!a&&!l){push({type:"star",value:M,output:""});continue}while(t.slice(0,3)==="/**"){const n=e[_.index+4];if(n&&n!=="/"){break}t=t.slice(3);consume("/**",3)}const c=eos()||_.parens>0&&t===")".repeat(_.parens)&&!P.some(e=>e.type==="negate");if(r.type==="bos"&&eos()){$.type="globstar";$.value+=M;$.output=globstar(n);_.output=$.output;_.globstar=true;consume(M);continue}if(r.type==="slash"&&r.prev.type!=="bos"&&!s&&c){_.output=_.output.slice(0,-(r.output+$.output).length);r.output=`(?:${r.output}`;$.type="globstar";$.output=globstar(n)+(n.strictSlashes?")":"|$)");$.value+=M;_.globstar=true;_.output+=r.output+$.output;consume(M);continue}if(r.type==="slash"&&r.prev.type!=="bos"&&t[0]==="/"){const e=t[1]!==void 0?"|$":"";_.output=_.output.slice(0,-(r.output+$.output).length);r.output=`(?:${r.output}`;$.type="globstar";$.output=`${globstar(n)}${b}|${b}${e})`;$.value+=M;_.output+=r.output+$.output;_.globstar=true;consume(M+j());push({type:"slash",value:"/",output:""});continue}if(r.type==="bos"&&t[0]==="/"){$.type="globstar";$.value+=M;$.output=`(?:^|${b}|${globstar(n)}${b})`;_.output=$.output;_.globstar=true;consume(M+j());push({type:"slash",value:"/",output:""});continue}_.output=_.output.slice(0,-$.output.length);$.type="globstar";$.output=globstar(n);$.value+=M;_.output+=$.output;_.globstar=true;consume(M);continue}const r={type:"star",value:M,output:N};if(n.bash===true){r.output=".*?";if($.type==="bos"||$.type==="slash"){r.output=L+r.output}push(r);continue}if($&&($.type==="bracket"||$.type==="paren")&&n.regex===true){r.output=M;push(r);continue}if(_.index===_.start||$.type==="slash"||$.type==="dot"){if($.type==="dot"){_.output+=S;$.output+=S}else if(n.dot===true){_.output+=A;$.output+=A}else{_.output+=L;$.output+=L}if(F()!=="*"){_.output+=w;$.output+=w}}push(r)}while(_.brackets>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));_.output=i.escapeLast(_.output,"[");decrement("brackets")}while(_.parens>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));_.output=i.escapeLast(_.output,"(");decrement("parens")}while(_.braces>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));_.output=i.escapeLast(_.output,"{");decrement("braces")}if(n.strictSlashes!==true&&($.type==="star"||$.type==="bracket")){push({type:"maybe_slash",value:"",output:`${b}?`})}if(_.backtrack===true){_.output="";for(const e of _.tokens){_.output+=e.output!=null?e.output:e.value;if(e.suffix){_.output+=e.suffix}}}return _};parse.fastpaths=(e,t)=>{const n={...t};const s=typeof n.maxLength==="number"?Math.min(o,n.maxLength):o;const a=e.length;if(a>s){throw new SyntaxError(`Input length: ${a}, exceeds maximum allowed length: ${s}`)}e=c[e]||e;const{DOT_LITERAL:l,SLASH_LITERAL:u,ONE_CHAR:f,DOTS_SLASH:d,NO_DOT:p,NO_DOTS:h,NO_DOTS_SLASH:m,STAR:g,START_ANCHOR:y}=r.globChars(n.windows);const k=n.dot?h:p;const b=n.dot?m:p;const w=n.capture?"":"?:";const x={negated:false,prefix:""};let v=n.bash===true?".*?":g;if(n.capture){v=`(${v})`}const globstar=e=>{if(e.noglobstar===true)return v;return`(${w}(?:(?!${y}${e.dot?d:l}).)*?)`};const create=e=>{switch(e){case"*":return`${k}${f}${v}`;case".*":return`${l}${f}${v}`;case"*.*":return`${k}${v}${l}${f}${v}`;case"*/*":return`${k}${v}${u}${f}${b}${v}`;case"**":return k+globstar(n);case"**/*":return`(?:${k}${globstar(n)}${u})?${b}${f}${v}`;case"**/*.*":return`(?:${k}${globstar(n)}${u})?${b}${v}${l}${f}${v}`;case"**/.*":return`(?:${k}${globstar(n)}${u})?${l}${f}${v}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const n=create(t[1]);if(!n)return;return n+l+t[2]}}};const S=i.removePrefix(e,x);let A=create(S);if(A&&n.strictSlashes!==true){A+=`${u}?`}return A};e.exports=parse},8016:(e,t,n)=>{const r=n(1781);const i=n(8265);const o=n(4059);const s=n(5595);const isObject=e=>e&&typeof e==="object"&&!Array.isArray(e);const picomatch=(e,t,n=false)=>{if(Array.isArray(e)){const r=e.map(e=>picomatch(e,t,n));const arrayMatcher=e=>{for(const t of r){const n=t(e);if(n)return n}return false};return arrayMatcher}const r=isObject(e)&&e.tokens&&e.input;if(e===""||typeof e!=="string"&&!r){throw new TypeError("Expected pattern to be a non-empty string")}const i=t||{};const o=i.windows;const s=r?picomatch.compileRe(e,t):picomatch.makeRe(e,t,false,true);const a=s.state;delete s.state;let isIgnored=()=>false;if(i.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch(i.ignore,e,n)}const matcher=(n,r=false)=>{const{isMatch:l,match:c,output:u}=picomatch.test(n,s,t,{glob:e,posix:o});const f={glob:e,state:a,regex:s,posix:o,input:n,output:u,match:c,isMatch:l};if(typeof i.onResult==="function"){i.onResult(f)}if(l===false){f.isMatch=false;return r?f:false}if(isIgnored(n)){if(typeof i.onIgnore==="function"){i.onIgnore(f)}f.isMatch=false;return r?f:false}if(typeof i.onMatch==="function"){i.onMatch(f)}return r?f:true};if(n){matcher.state=a}return matcher};picomatch.test=(e,t,n,{glob:r,posix:i}={})=>{if(typeof e!=="string"){throw new TypeError("Expected input to be a string")}if(e===""){return{isMatch:false,output:""}}const s=n||{};const a=s.format||(i?o.toPosixSlashes:null);let l=e===r;let c=l&&a?a(e):e;if(l===false){c=a?a(e):e;l=c===r}if(l===false||s.capture===true){if(s.matchBase===true||s.basename===true){l=picomatch.matchBase(e,t,n,i)}else{l=t.exec(c)}}return{isMatch:Boolean(l),match:l,output:c}};picomatch.matchBase=(e,t,n,r=n&&n.windows)=>{const i=t instanceof RegExp?t:picomatch.makeRe(t,n);return i.test(o.basename(e,{windows:r}))};picomatch.isMatch=(e,t,n)=>picomatch(t,n)(e);picomatch.parse=(e,t)=>{if(Array.isArray(e))return e.map(e=>picomatch.parse(e,t));return i(e,{...t,fastpaths:false})};picomatch.scan=(e,t)=>r(e,t);picomatch.compileRe=(e,t,n=false,r=false)=>{if(n===true){return e.output}const i=t||{};const o=i.contains?"":"^";const s=i.contains?"":"$";let a=`${o}(?:${e.output})${s}`;if(e&&e.negated===true){a=`^(?!${a}).*$`}const l=picomatch.toRegex(a,t);if(r===true){l.state=e}return l};picomatch.makeRe=(e,t={},n=false,r=false)=>{if(!e||typeof e!=="string"){throw new TypeError("Expected a non-empty string")}let o={negated:false,fastpaths:true};if(t.fastpaths!==false&&(e[0]==="."||e[0]==="*")){o.output=i.fastpaths(e,t)}if(!o.output){o=i(e,t)}return picomatch.compileRe(o,t,n,r)};picomatch.toRegex=(e,t)=>{try{const n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(e){if(t&&t.debug===true)throw e;return/$^/}};picomatch.constants=s;e.exports=picomatch},1781:(e,t,n)=>{const r=n(4059);const{CHAR_ASTERISK:i,CHAR_AT:o,CHAR_BACKWARD_SLASH:s,CHAR_COMMA:a,CHAR_DOT:l,CHAR_EXCLAMATION_MARK:c,CHAR_FORWARD_SLASH:u,CHAR_LEFT_CURLY_BRACE:f,CHAR_LEFT_PARENTHESES:d,CHAR_LEFT_SQUARE_BRACKET:p,CHAR_PLUS:h,CHAR_QUESTION_MARK:m,CHAR_RIGHT_CURLY_BRACE:g,CHAR_RIGHT_PARENTHESES:y,CHAR_RIGHT_SQUARE_BRACKET:k}=n(5595);const isPathSeparator=e=>e===u||e===s;const depth=e=>{if(e.isPrefix!==true){e.depth=e.isGlobstar?Infinity:1}};const scan=(e,t)=>{const n=t||{};const b=e.length-1;const w=n.parts===true||n.tokens===true||n.scanToEnd===true;const x=[];const v=[];const S=[];let A=e;let C=-1;let E=0;let T=0;let O=false;let L=false;let I=false;let N=false;let _=false;let P=false;let R=false;let D=false;let $=false;let M=false;let F=0;let j;let q;let B={value:"",depth:0,isGlob:false};const eos=()=>C>=b;const peek=()=>A.charCodeAt(C+1);const advance=()=>{j=q;return A.charCodeAt(++C)};while(C<b){q=advance();let e;if(q===s){R=B.backslashes=true;q=advance();if(q===f){P=true}continue}if(P===true||q===f){F++;while(eos()!==true&&(q=advance())){if(q===s){R=B.backslashes=true;advance();continue}if(q===f){F++;continue}if(P!==true&&q===l&&(q=advance())===l){O=B.isBrace=true;I=B.isGlob=true;M=true;if(w===true){continue}break}if(P!==true&&q===a){O=B.isBrace=true;I=B.isGlob=true;M=true;if(w===true){continue}break}if(q===g){F--;if(F===0){P=false;O=B.isBrace=true;M=true;break}}}if(w===true){continue}break}if(q===u){x.push(C);v.push(B);B={value:"",depth:0,isGlob:false};if(M===true)continue;if(j===l&&C===E+1){E+=2;continue}T=C+1;continue}if(n.noext!==true){const e=q===h||q===o||q===i||q===m||q===c;if(e===true&&peek()===d){I=B.isGlob=true;N=B.isExtglob=true;M=true;if(q===c&&C===E){$=true}if(w===true){let e=0;while(eos()!==true&&(q=advance())){if(q===s){R=B.backslashes=true;advance();continue}if(q===d){e++;continue}if(q===y&&--e===0){M=true;break}}continue}break}}if(q===i){if(j===i)_=B.isGlobstar=true;I=B.isGlob=true;M=true;if(w===true){continue}break}if(q===m){I=B.isGlob=true;M=true;if(w===true){continue}break}if(q===p){while(eos()!==true&&(e=advance())){if(e===s){R=B.backslashes=true;advance();continue}if(e===k){L=B.isBracket=true;I=B.isGlob=true;M=true;break}}if(w===true){continue}break}if(n.nonegate!==true&&q===c&&C===E){D=B.negated=true;E++;continue}if(n.noparen!==true&&q===d){I=B.isGlob=true;if(w===true){let e=1;while(eos()!==true&&(q=advance())){if(q===s){R=B.backslashes=true;advance();continue}if(q===d){e++;continue}if(q===y&&--e===0){M=true;break}}continue}break}if(I===true){M=true;if(w===true){continue}break}}if(n.noext===true){N=false;I=false}let z=A;let U="";let H="";if(E>0){U=A.slice(0,E);A=A.slice(E);T-=E}if(z&&I===true&&T>0){z=A.slice(0,T);H=A.slice(T)}else if(I===true){z="";H=A}else{z=A}if(z&&z!==""&&z!=="/"&&z!==A){if(isPathSeparator(z.charCodeAt(z.length-1))){z=z.slice(0,-1)}}if(n.unescape===true){if(H)H=r.removeBackslashes(H);if(z&&R===true){z=r.removeBackslashes(z)}}const V={prefix:U,input:e,start:E,base:z,glob:H,isBrace:O,isBracket:L,isGlob:I,isExtglob:N,isGlobstar:_,negated:D,negatedExtglob:$};if(n.tokens===true){V.maxDepth=0;if(!isPathSeparator(q)){v.push(B)}V.tokens=v}if(n.parts===true||n.tokens===true){let t;for(let r=0;r<x.length;r++){const i=t!==undefined?t+1:E;const o=x[r];const s=e.slice(i,o);if(n.tokens){if(r===0&&E!==0){v[r].isPrefix=true;v[r].value=U}else{v[r].value=s}depth(v[r]);V.maxDepth+=v[r].depth}if(o>=E){S.push(s);t=o}}const r=t!==undefined?t+1:E;const i=e.slice(r);S.push(i);if(n.tokens&&t&&t+1<e.length){v[v.length-1].value=i;depth(v[v.length-1]);V.maxDepth+=v[v.length-1].depth}V.slashes=x;V.parts=S}return V};e.exports=scan},4059:(e,t,n)=>{const{REGEX_BACKSLASH:r,REGEX_REMOVE_BACKSLASH:i,REGEX_SPECIAL_CHARS:o,REGEX_SPECIAL_CHARS_GLOBAL:s}=n(5595);t.isObject=e=>e!==null&&typeof e==="object"&&!Array.isArray(e);t.hasRegexChars=e=>o.test(e);t.isRegexChar=e=>e.length===1&&t.hasRegexChars(e);t.escapeRegex=e=>e.replace(s,"\\$1");t.toPosixSlashes=e=>e.replace(r,"/");t.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};t.removeBackslashes=e=>e.replace(i,e=>e==="\\"?"":e);t.escapeLast=(e,n,r)=>{const i=e.lastIndexOf(n,r);if(i===-1)return e;if(e[i-1]==="\\")return t.escapeLast(e,n,i-1);return`${e.slice(0,i)}\\${e.slice(i)}`};t.removePrefix=(e,t={})=>{let n=e;if(n.startsWith("./")){n=n.slice(2);t.prefix="./"}return n};t.wrapOutput=(e,t={},n={})=>{const r=n.contains?"":"^";const i=n.contains?"":"$";let o=`${r}(?:${e})${i}`;if(t.negated===true){o=`(?:^(?!${o}).*$)`}return o};t.basename=(e,{windows:t}={})=>{const n=e.split(t?/[\\/]/:"/");const r=n[n.length-1];if(r===""){return n[n.length-2]}return r}},6112:function(e){(function(t,n){if(true){e.exports=n()}else{}})(this,function(){var e=[];var t=[];var n={};var r={};var i={};function sanitizeRule(e){if(typeof e==="string"){return new RegExp("^"+e+"$","i")}return e}function restoreCase(e,t){if(e===t)return t;if(e===e.toLowerCase())return t.toLowerCase();if(e===e.toUpperCase())return t.toUpperCase();if(e[0]===e[0].toUpperCase()){return t.charAt(0).toUpperCase()+t.substr(1).toLowerCase()}return t.toLowerCase()}function interpolate(e,t){return e.replace(/\$(\d{1,2})/g,function(e,n){return t[n]||""})}function replace(e,t){return e.replace(t[0],function(n,r){var i=interpolate(t[1],arguments);if(n===""){return restoreCase(e[r-1],i)}return restoreCase(n,i)})}function sanitizeWord(e,t,r){if(!e.length||n.hasOwnProperty(e)){return t}var i=r.length;while(i--){var o=r[i];if(o[0].test(t))return replace(t,o)}return t}function replaceWord(e,t,n){return function(r){var i=r.toLowerCase();if(t.hasOwnProperty(i)){return restoreCase(r,i)}if(e.hasOwnProperty(i)){return restoreCase(r,e[i])}return sanitizeWord(i,r,n)}}function checkWord(e,t,n,r){return function(r){var i=r.toLowerCase();if(t.hasOwnProperty(i))return true;if(e.hasOwnProperty(i))return false;return sanitizeWord(i,i,n)===i}}function pluralize(e,t,n){var r=t===1?pluralize.singular(e):pluralize.plural(e);return(n?t+" ":"")+r}pluralize.plural=replaceWord(i,r,e);pluralize.isPlural=checkWord(i,r,e);pluralize.singular=replaceWord(r,i,t);pluralize.isSingular=checkWord(r,i,t);pluralize.addPluralRule=function(t,n){e.push([sanitizeRule(t),n])};pluralize.addSingularRule=function(e,n){t.push([sanitizeRule(e),n])};pluralize.addUncountableRule=function(e){if(typeof e==="string"){n[e.toLowerCase()]=true;return}pluralize.addPluralRule(e,"$0");pluralize.addSingularRule(e,"$0")};pluralize.addIrregularRule=function(e,t){t=t.toLowerCase();e=e.toLowerCase();i[e]=t;r[t]=e};[["I","we"],["me","us"],["he","they"],["she","they"],["them","them"],["myself","ourselves"],["yourself","yourselves"],["itself","themselves"],["herself","themselves"],["himself","themselves"],["themself","themselves"],["is","are"],["was","were"],["has","have"],["this","these"],["that","those"],["echo","echoes"],["dingo","dingoes"],["volcano","volcanoes"],["tornado","tornadoes"],["torpedo","torpedoes"],["genus","genera"],["viscus","viscera"],["stigma","stigmata"],["stoma","stomata"],["dogma","dogmata"],["lemma","lemmata"],["schema","schemata"],["anathema","anathemata"],["ox","oxen"],["axe","axes"],["die","dice"],["yes","yeses"],["foot","feet"],["eave","eaves"],["goose","geese"],["tooth","teeth"],["quiz","quizzes"],["human","humans"],["proof","proofs"],["carve","carves"],["valve","valves"],["looey","looies"],["thief","thieves"],["groove","grooves"],["pickaxe","pickaxes"],["passerby","passersby"]].forEach(function(e){return pluralize.addIrregularRule(e[0],e[1])});[[/s?$/i,"s"],[/[^\u0000-\u007F]$/i,"$0"],[/([^aeiou]ese)$/i,"$1"],[/(ax|test)is$/i,"$1es"],[/(alias|[^aou]us|t[lm]as|gas|ris)$/i,"$1es"],[/(e[mn]u)s?$/i,"$1s"],[/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/i,"$1"],[/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i,"$1i"],[/(alumn|alg|vertebr)(?:a|ae)$/i,"$1ae"],[/(seraph|cherub)(?:im)?$/i,"$1im"],[/(her|at|gr)o$/i,"$1oes"],[/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/i,"$1a"],[/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/i,"$1a"],[/sis$/i,"ses"],[/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/i,"$1$2ves"],[/([^aeiouy]|qu)y$/i,"$1ies"],[/([^ch][ieo][ln])ey$/i,"$1ies"],[/(x|ch|ss|sh|zz)$/i,"$1es"],[/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/i,"$1ices"],[/\b((?:tit)?m|l)(?:ice|ouse)$/i,"$1ice"],[/(pe)(?:rson|ople)$/i,"$1ople"],[/(child)(?:ren)?$/i,"$1ren"],[/eaux$/i,"$0"],[/m[ae]n$/i,"men"],["thou","you"]].forEach(function(e){return pluralize.addPluralRule(e[0],e[1])});[[/s$/i,""],[/(ss)$/i,"$1"],[/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i,"$1fe"],[/(ar|(?:wo|[ae])l|[eo][ao])ves$/i,"$1f"],[/ies$/i,"y"],[/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i,"$1ie"],[/\b(mon|smil)ies$/i,"$1ey"],[/\b((?:tit)?m|l)ice$/i,"$1ouse"],[/(seraph|cherub)im$/i,"$1"],[/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i,"$1"],[/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i,"$1sis"],[/(movie|twelve|abuse|e[mn]u)s$/i,"$1"],[/(test)(?:is|es)$/i,"$1is"],[/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i,"$1us"],[/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i,"$1um"],[/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i,"$1on"],[/(alumn|alg|vertebr)ae$/i,"$1a"],[/(cod|mur|sil|vert|ind)ices$/i,"$1ex"],[/(matr|append)ices$/i,"$1ix"],[/(pe)(rson|ople)$/i,"$1rson"],[/(child)ren$/i,"$1"],[/(eau)x?$/i,"$1"],[/men$/i,"man"]].forEach(function(e){return pluralize.addSingularRule(e[0],e[1])});["adulthood","advice","agenda","aid","aircraft","alcohol","ammo","analytics","anime","athletics","audio","bison","blood","bream","buffalo","butter","carp","cash","chassis","chess","clothing","cod","commerce","cooperation","corps","debris","diabetes","digestion","elk","energy","equipment","excretion","expertise","firmware","flounder","fun","gallows","garbage","graffiti","hardware","headquarters","health","herpes","highjinks","homework","housework","information","jeans","justice","kudos","labour","literature","machinery","mackerel","mail","media","mews","moose","music","mud","manga","news","only","personnel","pike","plankton","pliers","police","pollution","premises","rain","research","rice","salmon","scissors","series","sewage","shambles","shrimp","software","species","staff","swine","tennis","traffic","transportation","trout","tuna","wealth","welfare","whiting","wildebeest","wildlife","you",/pok[eé]mon$/i,/[^aeiou]ese$/i,/deer$/i,/fish$/i,/measles$/i,/o[iu]s$/i,/pox$/i,/sheep$/i].forEach(pluralize.addUncountableRule);return pluralize})},486:(e,t,n)=>{n.a(e,async(e,t)=>{try{var r=n(5919);var i=n.n(r);var o=n(5236);var s=n(9004);if(!r.isMainThread&&(0,s.hT)(r.workerData)&&r.parentPort){await(0,s.$D)(r.workerData,r.parentPort)}else{process.exitCode=await(0,o.iW)({argv:process.argv.slice(2),cwd:process.cwd(),stdout:process.stdout,stderr:process.stderr,workerEntry:new URL(import.meta.url)})}t()}catch(e){t(e)}},1)},5236:(t,n,r)=>{r.d(n,{iW:()=>main});var i=r(3024);var o=r(6760);var s=r.n(o);const a=e(import.meta.url)("node:util");var l=r(7309);var c=r(7977);var u=r(9004);const f=e(import.meta.url)("node:crypto");function parseShard(e){const t=/^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(e);if(!t)return undefined;const n=Number(t[1]);const r=Number(t[2]);return r>=1&&n>=1&&n<=r?{index:n,count:r}:undefined}function inShard(e,t){if(t.count===1)return true;const n=(0,f.createHash)("sha1").update(e).digest().readUInt32BE(0);return n%t.count===t.index-1}var d=r(311);const p=1;function environmentKey(e,t){const{settings:n,site:r,repo:i,vocabulary:o}=e;const a=(0,f.createHash)("sha256");a.update(JSON.stringify({tool:d.wr,cache:p}));a.update(JSON.stringify({...n,now:n.now.toISOString().slice(0,10)}));a.update(JSON.stringify(r));a.update(JSON.stringify(e.engine));const l=t?s().relative(i.root,t).split(s().sep).join("/"):undefined;a.update([...i.files].filter(e=>e!==l).sort().join("\n"));a.update([...i.escapingLinks].sort().join("\n"));if(o)a.update(JSON.stringify([...o.uses].map(([e,t])=>[e,[...t].sort()]).sort()));if(e.previousPaths?.size)a.update(JSON.stringify([...e.previousPaths].sort()));return a.digest("hex")}async function readCache(e,t){try{const n=JSON.parse(await i.promises.readFile(e,"utf8"));return n&&n.version===p&&n.key===t&&n.entries&&typeof n.entries==="object"?n.entries:{}}catch{return{}}}async function contentHash(e,t){try{return(0,f.createHash)("sha256").update(await i.promises.readFile(s().join(e,t))).digest("hex")}catch{return undefined}}async function lintWithCache(e,t,n,r){const o=environmentKey(n,e);const a=await readCache(e,o);const c=new Map;const u=[];const f=new Map;for(const e of t){const t=await contentHash(n.repo.root,e);c.set(e,t);const r=a[e];if(t&&r&&r.hash===t)f.set(e,r.result);else u.push(e)}const d=u.length>0?await r(u):(0,l.FK)([],n.settings);const h=new Map(d.files.map(e=>[e.file,e]));const m=t.map(e=>f.get(e)??h.get(e)).filter(e=>e!==undefined);const g={version:p,key:o,entries:{}};for(const e of m){const t=c.get(e.file);if(t)g.entries[e.file]={hash:t,result:e}}await i.promises.mkdir(s().dirname(e),{recursive:true});await i.promises.writeFile(e,JSON.stringify(g));return{report:(0,l.FK)(m,n.settings),stats:{hits:f.size,misses:u.length}}}function summarize(e){let t=0;let n=0;for(const r of e.files){if(r.problems.length>0)n++;t+=r.problems.filter(e=>e.fix).length}return{files:e.files.length,filesWithProblems:n,errors:e.errorCount,warnings:e.warningCount,fixable:t}}function allProblems(e){return e.files.flatMap(e=>e.problems)}const h=1;function toJsonReport(e){return{version:h,tool:e.tool,preset:e.preset,...e.presetReason?{presetReason:e.presetReason}:{},summary:summarize(e),files:e.files.map(e=>e.file),problems:e.files.flatMap(e=>e.problems)}}function formatJson(e){return JSON.stringify(toJsonReport(e),null,2)+"\n"}class MergeError extends Error{}function mergeJsonReports(e,t){return reportFromJson(e.map(({name:e,text:t})=>parseJsonReport(e,t)),t)}function parseJsonReport(e,t){let n;try{n=JSON.parse(t)}catch(t){throw new MergeError(`${e}: not JSON (${t.message})`)}return validateJsonReport(e,n)}function validateJsonReport(e,t){const n=t;if(!n||typeof n!=="object"||n.version!==h||!Array.isArray(n.files)||!Array.isArray(n.problems)){throw new MergeError(`${e}: not a blog-post-lint JSON report of version ${h}`)}if(!n.files.every(e=>typeof e==="string"))throw new MergeError(`${e}: a file name that is not a string`);for(const t of n.problems){if(!isProblem(t))throw new MergeError(`${e}: a problem without file, line, ruleId, severity or message`);if(t.fix!==undefined&&!isFix(t.fix))throw new MergeError(`${e}: a problem's fix is not a list of edits`)}const r=n.tool&&typeof n.tool.name==="string"&&typeof n.tool.version==="string"?{name:n.tool.name,version:n.tool.version}:undefined;return{...n,...r?{tool:r}:{},preset:typeof n.preset==="string"?n.preset:""}}function reportFromJson(e,t){const n=new Map;let r;let i="";for(const t of e){r??=t.tool;i||=t.preset;for(const e of t.files)if(!n.has(e))n.set(e,[]);for(const e of t.problems){if(!n.has(e.file))n.set(e.file,[]);n.get(e.file).push(e)}}const o=[...n].sort(([e],[t])=>e<t?-1:e>t?1:0).map(([e,t])=>({file:e,problems:t}));const s=o.flatMap(e=>e.problems);return{tool:r??{name:"blog-post-lint",version:""},preset:i,lang:t,files:o,errorCount:s.filter(e=>e.severity==="error").length,warningCount:s.filter(e=>e.severity==="warning").length}}function isProblem(e){const t=e;return!!t&&typeof t.file==="string"&&Number.isInteger(t.line)&&t.line>=1&&typeof t.ruleId==="string"&&(t.severity==="error"||t.severity==="warning")&&typeof t.message==="string"}function isFix(e){const t=e?.edits;return Array.isArray(t)&&t.every(e=>!!e&&typeof e.text==="string"&&Array.isArray(e.range)&&e.range.length===2&&e.range.every(e=>Number.isInteger(e)&&e>=0))}var m=r(3572);function plainText(e){return e.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,"")}function markdownText(e){return plainText(e).replace(/[\\`*_{}[\]()#+!|<>~&]/g,e=>`&#${e.charCodeAt(0)};`).replace(/@(?=\w)/g,"@​").replace(/\r?\n/g," ").replace(/\t/g," ").replace(/&#35;(?=[\p{L}\p{N}_])/gu,"&#35;​").replace(/\b(GH-)(?=\d)/gi,"$1​").replace(/\b([a-z][a-z0-9+.-]*):\/\//gi,"$1:​//").replace(/\bwww\./gi,"www​.").replace(/\$/g,"&#36;")}var g=r(6275);function encodePathSegments(e){return e.split("/").map(encodeURIComponent).join("/")}function formatSarif(e){const t=new Set(e.files.flatMap(e=>e.problems.map(e=>e.ruleId)));const n=g.V7.filter(e=>t.has(e.id));const r=new Map(n.map((e,t)=>[e.id,t]));const i={$schema:"https://json.schemastore.org/sarif-2.1.0.json",version:"2.1.0",runs:[{tool:{driver:{name:e.tool.name,version:e.tool.version,informationUri:d.jZ,rules:n.map(t=>({id:t.id,shortDescription:{text:t.docs[e.lang]},helpUri:`${d.jZ}#${t.id}`,defaultConfiguration:{level:t.severity==="off"?"none":t.severity},properties:{category:t.category}}))}},results:e.files.flatMap(e=>e.problems.map(e=>({ruleId:e.ruleId,ruleIndex:r.get(e.ruleId),level:e.severity,message:{text:e.message},locations:[{physicalLocation:{artifactLocation:{uri:encodePathSegments(e.file),uriBaseId:"%SRCROOT%"},region:{startLine:e.line,startColumn:e.column,endLine:e.endLine,endColumn:e.endColumn}}}]})))}]};return JSON.stringify(i,null,2)+"\n"}const y=65536;const k=1048576;const b={heading:{en:"## blog-post-lint",ko:"## blog-post-lint"},clean:{en:"✅ {files} checked, no problems.",ko:"✅ 글 {files}를 검사했고 문제가 없습니다."},problems:{en:"{icon} {errors} and {warnings} in {withProblems} of {files}.",ko:"{icon} 글 {files} 중 {withProblems}에서 오류 {errors}, 경고 {warnings}를 찾았습니다."},omittedInline:{en:"ℹ️ {count} not posted as inline review comments; every problem is in the list below.",ko:"ℹ️ 문제 {count}개는 인라인 리뷰 댓글로 달지 않았습니다. 모든 문제는 아래 목록에 있습니다."},fixCommit:{en:"🔧 The automatic fixes of {posts} were pushed as commit {commit}; their problems below that have a fix are fixed there.",ko:"🔧 {posts}의 자동 수정을 커밋 {commit}으로 올렸습니다. 이 글들의 문제 중 자동 수정이 있는 것은 그 커밋에서 고쳐졌습니다."},morePosts:{en:"{count} more posts",ko:"글 {count}개 더"},columns:{en:"| Line | Problem |",ko:"| 줄 | 문제 |"},alsoOn:{en:"also on line {lines}",ko:"{lines}번 줄에도 있음"},alsoOnLines:{en:"also on lines {lines}",ko:"{lines}번 줄에도 있음"},moreLines:{en:"{count} more",ko:"{count}곳 더"},cutSummary:{en:"✂️ Cut to stay under GitHub's {limit}-byte job summary limit: {parts} not shown here. Every problem is in the JSON report.",ko:"✂️ GitHub 작업 요약 크기 제한({limit}바이트)에 맞추느라 {parts}를 여기서 생략했습니다. 모든 문제는 JSON 보고서에 있습니다."},cleanHeading:{en:"### ✅ Ready to publish: {count}",ko:"### ✅ 게시 준비가 된 글: {count}"},file:{en:"File",ko:"파일"},url:{en:"URL",ko:"주소"},categories:{en:"Categories",ko:"카테고리"},tags:{en:"Tags",ko:"태그"},reading:{en:"Reading time",ko:"읽는 시간"},readingValue:{en:"{minutes} min · {words} words · {characters} characters",ko:"{minutes}분 · {words}단어 · {characters}자"},cover:{en:"Cover",ko:"커버 이미지"},images:{en:"Body images",ko:"본문 이미지"},excerpt:{en:"Excerpt",ko:"요약"},outline:{en:"Outline",ko:"목차"},moreHeadings:{en:"… and {count} more headings",ko:"… 제목 {count}개 더"},untitled:{en:"(no title)",ko:"(제목 없음)"},cut:{en:"✂️ Cut to stay under GitHub's {limit}-character comment limit: {parts} not shown here. Every problem is in the job summary and the JSON report.",ko:"✂️ GitHub 댓글 길이 제한({limit}자)에 맞추느라 {parts}를 여기서 생략했습니다. 모든 문제는 작업 요약(job summary)과 JSON 보고서에 있습니다."},cutCards:{en:"{count} preview cards",ko:"미리보기 카드 {count}개"},cutWarnings:{en:"{count} warnings",ko:"경고 {count}개"},cutErrors:{en:"{count} errors",ko:"오류 {count}개"},footer:{en:"<sub>{tool} {version} · preset `{preset}`</sub>",ko:"<sub>{tool} {version} · 프리셋 `{preset}`</sub>"}};const w={title:200,message:1e3,term:80,path:300,excerpt:300,heading:150};const x=30;function commentText(e,t=w.message){return markdownText(clip(e,t))}function lineStartText(e,t){return commentText(e,t).replace(/^-/,"&#45;").replace(/^(\d+)([.)])/,(e,t,n)=>`${t}&#${n.charCodeAt(0)};`)}const v=/^[\p{L}\p{M}\p{N} _.,:;/\\%+=?'"~!*^()[\]{}-]+$/u;function codeOrText(e,t){const n=clip(e,t);if(v.test(n)&&n.trim()===n&&n!=="")return"`"+n+"`";return commentText(n,t)}function messageText(e){const t=clip(e,w.message);let n="";let r=0;for(const e of t.matchAll(/`([^`\n]+)`/g)){n+=commentText(t.slice(r,e.index),Infinity);const i=e[1];n+=v.test(i)&&i.trim()===i?"`"+i+"`":`<code>${commentText(i,Infinity)}</code>`;r=e.index+e[0].length}return n+commentText(t.slice(r),Infinity)}function clip(e,t){if(!Number.isFinite(t))return e;const n=Array.from(e);return n.length<=t?e:n.slice(0,t-1).join("")+"…"}function encodePath(e){return encodePathSegments(e).replace(/[!'()*]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)}function number(e){return String(e).replace(/\B(?=(\d{3})+(?!\d))/g,",")}function fileLink(e,t){const n=codeOrText(e,w.path);return t.linkBase?`[${n}](${t.linkBase}${encodePath(e)})`:n}function lineLink(e,t,n){return n.linkBase?`[${t}](${n.linkBase}${encodePath(e)}#L${t})`:String(t)}function ruleText(e){return/^[a-z0-9-]+$/.test(e)?`[\`${e}\`](${d.jZ}#${e})`:commentText(e,w.term)}function fixCommitLine(e,t){const n=/^[0-9a-f]{7,64}$/.test(e.sha)?e.sha.slice(0,7):"commit";const r=/^https:\/\/[^\s()<>]+$/.test(e.url)?`[\`${n}\`](${e.url})`:`\`${n}\``;const i=e.posts.slice(0,5).map(e=>codeOrText(e,w.path));if(e.posts.length>i.length)i.push((0,m.GP)(b.morePosts,t,{count:e.posts.length-i.length}));return(0,m.GP)(b.fixCommit,t,{commit:r,posts:i.join(", ")})}function verdict(e,t){const n=summarize(e);const r=[];if(n.errors+n.warnings===0){r.push((0,m.GP)(b.clean,t,{files:(0,m.U9)(t,n.files,"post")}))}else{r.push((0,m.GP)(b.problems,t,{icon:n.errors>0?"❌":"⚠️",errors:(0,m.U9)(t,n.errors,"error"),warnings:(0,m.U9)(t,n.warnings,"warning"),withProblems:(0,m.U9)(t,n.filesWithProblems,"post").replace(/ posts?$/,""),files:(0,m.U9)(t,n.files,"post")}));if(n.fixable>0)r.push("",(0,m.GP)(m.mm.fixable,t,{count:n.fixable}))}return r}const S=20;function groupProblems(e){const t=new Map;for(const n of e){const e=`${n.severity}\0${n.ruleId}`;const r=t.get(e);if(r)r.push(n);else t.set(e,[n])}return[...t.values()]}function problemRow(e,t,n,r){const i=e[0];const o=i.severity==="error"?"❌":"⚠️";const s=[ruleText(i.ruleId)];const a=[...new Set(e.slice(1).map(e=>e.line))].filter(e=>e!==i.line);if(a.length>0){const e=a.slice(0,S).map(e=>lineLink(t,e,r));if(a.length>S)e.push((0,m.GP)(b.moreLines,n,{count:a.length-S}));s.push((0,m.GP)(a.length===1?b.alsoOn:b.alsoOnLines,n,{lines:e.join(", ")}))}return`| ${o} ${lineLink(t,i.line,r)} | ${messageText(i.message)}<br><sub>${s.join(" · ")}</sub> |`}function fileSection(e,t,n){const r=e.problems.filter(e=>e.severity==="error").length;const i=e.problems.length-r;const o=r>0?"❌":"⚠️";const s=[];if(r>0)s.push(t==="ko"?`${(0,m.GP)(m.mm.error,t)} ${(0,m.U9)(t,r,"error")}`:(0,m.U9)(t,r,"error"));if(i>0)s.push(t==="ko"?`${(0,m.GP)(m.mm.warning,t)} ${(0,m.U9)(t,i,"warning")}`:(0,m.U9)(t,i,"warning"));const a=s.join(", ");return[`### ${o} ${fileLink(e.file,n)} · ${a}`,"",b.columns[t],"|---:|:---|"].join("\n")}function previewCard(e,t,n,r){const i=e.preview;const o=e.file.split("/").pop()??"";const s=i?.title?commentText(i.title,w.title):o!==""?commentText(o,w.path):b.untitled[t];const a=[`<b>${s}</b>`];if(i?.date)a.push(commentText(i.date,w.term));const l=[`<details${r?" open":""}>`,`<summary>${a.join(" · ")}</summary>`,""];const row=(e,n)=>l.push(`- **${e[t]}**: ${n}`);row(b.file,fileLink(e.file,n));if(i){if(i.url)row(b.url,codeOrText(i.url,w.path));if(i.categories.length>0)row(b.categories,i.categories.map(e=>commentText(e,w.term)).join(" › "));if(i.tags.length>0)row(b.tags,i.tags.map(e=>codeOrText(e,w.term)).join(" "));row(b.reading,(0,m.GP)(b.readingValue,t,{minutes:i.readingMinutes,words:number(i.words),characters:number(i.characters)}));if(i.cover)row(b.cover,codeOrText(i.cover,w.path));row(b.images,String(i.images));if(i.excerpt)row(b.excerpt,commentText(i.excerpt,w.excerpt));if(i.outline.length>0){l.push("",`**${b.outline[t]}**`,"");const e=Math.min(...i.outline.map(e=>e.depth));let n=-1;for(const t of i.outline.slice(0,x)){const r=Math.min(t.depth-e,n+1);n=r;l.push(`${"  ".repeat(r)}- ${lineStartText(t.text,w.heading)}`)}if(i.outline.length>x)l.push(`- ${(0,m.GP)(b.moreHeadings,t,{count:i.outline.length-x})}`)}}l.push("","</details>");return l.join("\n")}function formatPullRequestComment(e,t){return formatReportMarkdown(e,{surface:"comment",...t})}function formatReportMarkdown(e,t={}){const n=e.lang;const r=t.surface??"comment";const i=t.limit??(r==="comment"?y:r==="summary"?k:Infinity);const o=r==="summary"?e=>Buffer.byteLength(e):e=>e.length;const s=[...t.marker?[t.marker]:[],b.heading[n],"",...verdict(e,n)];const a=t.omittedInline??0;if(a>0)s.push("",(0,m.GP)(b.omittedInline,n,{count:n==="ko"?number(a):`${number(a)} problem${a===1?" was":"s were"}`}));if(t.fixCommit)s.push("",fixCommitLine(t.fixCommit,n));const l=s.join("\n")+"\n";const c="\n"+(0,m.GP)(b.footer,n,{tool:commentText(e.tool.name,w.term),version:commentText(e.tool.version,w.term),preset:e.preset.replace(/[^a-z0-9-]/gi,"")})+"\n";const u=[];const f=[];const d=e.files.filter(e=>e.problems.length===0&&e.preview);const p=d.length<=3;for(const r of e.files){if(r.problems.length===0){if(r.preview)f.push({kind:"card",section:f.length,weight:1,text:previewCard(r,n,t,p)});continue}const e=u.length;u.push({header:fileSection(r,n,t),rows:groupProblems(r.problems).map(i=>({kind:i[0].severity,section:e,weight:i.length,text:problemRow(i,r.file,n,t)}))})}const h=(0,m.GP)(b.cleanHeading,n,{count:d.length});const g=[...u.flatMap(e=>e.rows),...f];const note=e=>cutNote(e,n,i,r);const render=e=>{let t=l;for(const n of u){const r=n.rows.filter(t=>e.has(t));if(r.length>0)t+="\n"+n.header+"\n"+r.map(e=>e.text).join("\n")+"\n"}const n=f.filter(t=>e.has(t));if(n.length>0)t+="\n"+h+"\n\n"+n.map(e=>e.text).join("\n\n")+"\n";const r=note(g.filter(t=>!e.has(t)));if(r)t+="\n"+r+"\n";return t+c};const x=new Set(g);const v=render(x);if(o(v)<=i)return v;const S=new Set;const A=new Set;let C=o(l)+o(c)+o(note(g))+2;let E=false;for(const e of["error","warning","card"]){let t=false;for(const n of g){if(n.kind!==e)continue;let r=o(n.text)+1;if(e==="card")r+=E?1:o(h)+3;else if(!A.has(n.section))r+=o(u[n.section].header)+2;if(C+r>i){t=true;break}C+=r;S.add(n);if(e==="card")E=true;else A.add(n.section)}if(t)break}let T=render(S);const O=[...S];while(o(T)>i&&O.length>0){S.delete(O.pop());T=render(S)}if(o(T)<=i)return T;return cutAtLine(T,i,o)}function cutNote(e,t,n,r){if(e.length===0)return"";const tally=t=>e.filter(e=>e.kind===t).reduce((e,t)=>e+t.weight,0);const i=[];const o=tally("error");const s=tally("warning");const a=tally("card");if(o>0)i.push((0,m.GP)(b.cutErrors,t,{count:o}));if(s>0)i.push((0,m.GP)(b.cutWarnings,t,{count:s}));if(a>0)i.push((0,m.GP)(b.cutCards,t,{count:a}));return(0,m.GP)(r==="summary"?b.cutSummary:b.cut,t,{limit:number(n),parts:i.join(", ")})}function cutAtLine(e,t,n){let r=e.length;while(r>0&&n(e.slice(0,r))>t)r=e.lastIndexOf("\n",r-2)+1;return e.slice(0,r)}function formatMarkdown(e,t={}){return formatReportMarkdown(e,{surface:t.surface??"file",...t.limit!==undefined?{limit:t.limit}:{},...t.linkBase?{linkBase:t.linkBase}:{}})}var A=r(4661);var C=r(8815);var E=r(2096);var T=r(2225);var O=r(5404);const L={"not-a-file":"not a regular file (a FIFO, a device or a folder): not read",outside:"a link that leads outside the repository: not read","too-large":"larger than 1 MB: not read"};const I=[".blog-post-lint.yml",".blog-post-lint.yaml",".blog-post-lint.json"];class ConfigError extends Error{file;line;constructor(e,t,n){super(t>0?`${e}:${t}: ${n}`:`${e}: ${n}`);this.file=e;this.line=t}}async function loadConfig(e,t){const n=t?[t]:I;for(const r of n){const n=await(0,O.dg)(e,r,{insideRoot:!t});if(!n.ok){if(n.reason==="missing"){if(t)throw new ConfigError(r,0,"config file not found");continue}throw new ConfigError(r,0,L[n.reason])}return{file:r,input:parseConfig(r,n.text)}}return{input:{}}}const N=["preset","lang","paths","ignore","required","max-file-size","rules"];function parseConfig(e,t){const n=(0,C.Tp)(t,{uniqueKeys:true,prettyErrors:false});const lineOf=e=>e?.range?t.slice(0,e.range[0]).split("\n").length:1;const r=n.errors[0];if(r){const n=t.replace(/\n$/,"").split("\n").length;throw new ConfigError(e,Math.min(t.slice(0,r.pos[0]).split("\n").length,n),r.message.split("\n")[0])}const i=n.contents;if(i===null)return{};if(!(0,C.jh)(i))throw new ConfigError(e,1,"the config must be a mapping of `key: value`");const o={};for(const t of i.items){const n=t.key;const r=(0,C.jn)(n)?String(n.value):String(n);const i=t.value;const s=i?i.toJSON():null;const a=lineOf(n);const fail=t=>{throw new ConfigError(e,a,t)};switch(r){case"preset":if(typeof s!=="string"||!(0,E.l)(s))fail(`preset must be one of jekyll, hugo, hexo, astro, markdown (got ${JSON.stringify(s)})`);o.preset=s;break;case"lang":if(typeof s!=="string"||!(0,m.Hf)(s))fail(`lang must be en or ko (got ${JSON.stringify(s)})`);o.lang=s;break;case"paths":case"ignore":case"required":{const e=typeof s==="string"?[s]:s;if(!Array.isArray(e)||!e.every(e=>typeof e==="string"&&e.trim()!==""))fail(`${r} must be a list of strings`);if(r==="paths")o.posts=e;else if(r==="ignore")o.ignore=e;else o.requiredKeys=e;break}case"max-file-size":o.maxFileSize=parseSize(s)??fail(`max-file-size must be a number of bytes or a size like 512KB or 2MB (got ${JSON.stringify(s)})`);break;case"rules":o.rules=parseRules(e,i,lineOf);break;default:fail(`unknown key \`${r}\`; known keys: ${N.join(", ")}`)}}return o}function parseRules(e,t,n){const r={};if(t===null||(0,C.jn)(t)&&t.value===null)return r;if(!(0,C.jh)(t))throw new ConfigError(e,n(t),"rules must be a mapping of rule id to a severity (error, warning, off)");for(const i of t.items){const t=i.key;const o=(0,C.jn)(t)?String(t.value):String(t);const s=n(t);if(!g.BD.has(o))throw new ConfigError(e,s,`unknown rule \`${o}\`${suggest(o)}`);const a=i.value?.toJSON()??null;const l=toSeverity(a);if(l){r[o]={severity:l}}else if(a&&typeof a==="object"&&!Array.isArray(a)){const{severity:t,...n}=a;const i=t===undefined?undefined:toSeverity(t);if(t!==undefined&&!i)throw new ConfigError(e,s,`rule \`${o}\`: severity must be error, warning or off (got ${JSON.stringify(t)})`);r[o]={...i?{severity:i}:{},options:n}}else{throw new ConfigError(e,s,`rule \`${o}\`: use error, warning or off (got ${JSON.stringify(a)})`)}}return r}function toSeverity(e){if(e===false||e==="off"||e===0)return"off";if(e==="warning"||e==="warn"||e===1)return"warning";if(e==="error"||e===2||e===true)return"error";return undefined}function parseSize(e){if(typeof e==="number"&&Number.isInteger(e)&&e>0)return e;if(typeof e!=="string")return undefined;const t=/^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?\s*$/i.exec(e);if(!t)return undefined;const n=(t[2]??"b").toLowerCase();const r=n==="b"?1:n.startsWith("k")?1024:1024*1024;const i=Math.round(Number(t[1])*r);return i>0?i:undefined}function suggest(e){let t;for(const n of g.BD.keys()){const r=(0,T.eG)(n,e);if(!t||r<t.distance)t={id:n,distance:r}}return t&&t.distance<=Math.max(2,Math.floor(e.length/3))?`; did you mean \`${t.id}\`?`:""}var _=r(708);function formatText(e,t={}){const paint=(e,n)=>t.color?`[${e}m${n}[0m`:n;const n=e.lang;const r=[];for(const t of e.files){if(t.problems.length===0)continue;r.push(paint("4",plainText(t.file)));const e=Math.max(...t.problems.map(e=>`${e.line}:${e.column}`.length));const i={error:(0,m.GP)(m.mm.error,n),warning:(0,m.GP)(m.mm.warning,n)};const o=Math.max(i.error.length,i.warning.length);for(const n of t.problems){const t=`${n.line}:${n.column}`.padEnd(e);const s=i[n.severity].padEnd(o);const a=n.severity==="error"?paint("31",s):paint("33",s);r.push(`  ${paint("2",t)}  ${a}  ${plainText(n.message)}  ${paint("2",n.ruleId)}`)}r.push("")}const i=summarize(e);if(i.errors+i.warnings===0){r.push(paint("32",(0,m.GP)(m.mm.summaryClean,n,{files:(0,m.U9)(n,i.files,"post")})))}else{r.push(paint(i.errors>0?"31":"33",(0,m.GP)(m.mm.summaryProblems,n,{errors:(0,m.U9)(n,i.errors,"error"),warnings:(0,m.U9)(n,i.warnings,"warning"),withProblems:(0,m.U9)(n,i.filesWithProblems,"post").replace(/ posts?$/,""),files:(0,m.U9)(n,i.files,"post")})));if(i.fixable>0)r.push((0,m.GP)(m.mm.fixable,n,{count:i.fixable}))}return r.join("\n")+"\n"}function formatRuleList(e){const t=Math.max(...g.V7.map(e=>e.id.length));const n=g.V7.map(n=>{const r=n.id==="file-unreadable"?"error":e.severities[n.id]??n.severity;const i=e.preset.severities[n.id]==="off"&&n.severity!=="off"&&e.severities[n.id]==="off";const o=i?e.lang==="ko"?`[${e.preset.name}에서는 기본으로 끔] `:`[off by default on ${e.preset.name}] `:"";return`${n.id.padEnd(t)}  ${r.padEnd(7)}  ${o}${n.docs[e.lang]}`});return`preset: ${e.preset.name} (${e.presetReason})\n\n${n.join("\n")}\n`}function isFailOn(e){return e==="error"||e==="warning"||e==="never"}function shouldFail(e,t){if(t==="never")return false;if(t==="warning")return e.errorCount+e.warningCount>0;return e.errorCount>0}const P=0;const R=1;const D=2;const $=`Usage: ${d.lH} [options] [paths or globs...]\n\nLints the frontmatter, markdown and images of blog posts. With no paths, lints every post the\npreset knows (jekyll: _posts/ and _drafts/, hugo: content/, hexo: source/_posts/ and _drafts/,\nastro: src/content/, markdown: every .md). With no --preset and no preset in the config file, the\nengine is detected from the blog's files (named on stderr at a terminal, and in --format json as\n"presetReason"). Paths and globs\nare relative to the blog root (--cwd); --output is relative to the current directory.\n\nOptions:\n  --preset <name>        jekyll, hugo, hexo, astro or markdown (default: detected from the files)\n  --config <file>        config file (default: .blog-post-lint.yml at the root, if present)\n  --format <name>        text (default), json, sarif or markdown (the job-summary table)\n  --output <file>        write the report to a file instead of stdout\n  --lang <code>          en (default) or ko\n  --fail-on <level>      error (default), warning or never: exit 1 at or above this level\n  --max-file-size <size> skip posts larger than this (default 1MB), reporting them\n  --shard <i/n>          lint only slice i of n (for a CI matrix); merge the JSON reports with --merge\n  --merge <files...>     print one report made of these JSON reports (the positionals), lint nothing\n  --cache <file>         reuse the results of unchanged posts from this file (and update it)\n  --jobs <n>             lint with n threads (default: one per core, up to 4, from 200 posts up)\n  --fix                  apply every automatic fix to the files, then report what is left\n  --fix-dry-run          print the fixes as a unified diff; change nothing\n  --cwd <dir>            the blog's root folder (default: the current directory)\n  --rules                list every rule with its default severity and description\n  --no-color             plain text output\n  -h, --help             show this help\n  -v, --version          show the version\n\nExit codes: 0 clean, 1 problems at or above --fail-on, 2 usage or internal error.\n`;async function main(e){const t=e.env??process.env;let n;try{n=(0,a.parseArgs)({args:e.argv,allowPositionals:true,strict:true,options:{preset:{type:"string"},config:{type:"string"},format:{type:"string",default:"text"},output:{type:"string"},lang:{type:"string"},"fail-on":{type:"string",default:"error"},"max-file-size":{type:"string"},cwd:{type:"string"},rules:{type:"boolean",default:false},fix:{type:"boolean",default:false},jobs:{type:"string"},shard:{type:"string"},cache:{type:"string"},merge:{type:"boolean",default:false},"fix-dry-run":{type:"boolean",default:false},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(t){return usage(e,t.message)}const{values:r,positionals:o}=n;if(r.help){e.stdout.write($);return P}if(r.version){e.stdout.write(`${d.wr}\n`);return P}if(!["text","json","sarif","markdown"].includes(r.format))return usage(e,`--format must be text, json, sarif or markdown (got "${r.format}")`);const c=r.shard===undefined?undefined:parseShard(r.shard);if(r.shard!==undefined&&!c)return usage(e,`--shard must be i/n with 1 <= i <= n, e.g. 2/4 (got "${r.shard}")`);if(!isFailOn(r["fail-on"]))return usage(e,`--fail-on must be error, warning or never (got "${r["fail-on"]}")`);if(r.preset!==undefined&&!(0,E.l)(r.preset))return usage(e,`--preset must be jekyll, hugo, hexo, astro or markdown (got "${r.preset}")`);if(r.lang!==undefined&&!(0,m.Hf)(r.lang))return usage(e,`--lang must be en or ko (got "${r.lang}")`);const f=r["max-file-size"]===undefined?undefined:parseSize(r["max-file-size"]);if(r["max-file-size"]!==undefined&&f===undefined)return usage(e,`--max-file-size must be a size like 512KB or 2MB (got "${r["max-file-size"]}")`);if(r.jobs!==undefined&&!/^[1-9]\d*$/.test(r.jobs))return usage(e,`--jobs must be a whole number of 1 or more (got "${r.jobs}")`);const p=s().resolve(e.cwd,r.cwd??".");try{const t=await i.promises.stat(p);if(!t.isDirectory())return usage(e,`--cwd ${p} is not a folder`)}catch{return usage(e,`--cwd ${p} does not exist`)}let h;try{h=(await loadConfig(p,r.config)).input}catch(t){if(t instanceof ConfigError)return fail(e,`config error: ${t.message}`);throw t}const g=await(0,_.J)(p,r.preset,h.preset,"--preset");h.preset=g.name;h.presetReason=g.reason;if(g.posts&&!h.posts)h.posts=g.posts;if(r.lang)h.lang=r.lang;if(f)h.maxFileSize=f;if(e.now)h.now=e.now;const y=(0,A.M)(h);if(r.merge)return mergeReports(e,p,o,r.format,r["fail-on"],y.lang,r.output);if(r.rules){e.stdout.write(formatRuleList(y));return P}if(g.reason.startsWith("detected")&&e.stderr.isTTY)e.stderr.write(`${d.lH}: ${g.reason}\n`);try{const n=await(0,l.MO)(p,y);const a=await missingExplicitPaths(p,n.repo.root,o);if(a)return usage(e,a);const f=o.map(e=>s().isAbsolute(e)&&!s().relative(p,e).startsWith("..")?s().relative(p,e)||".":e);const h=(0,l._S)(n.repo,y,f);const m=c?h.filter(e=>inShard(e,c)):h;if(m.length===0&&c&&h.length>0){e.stderr.write(`${d.lH}: shard ${r.shard} has no posts (of ${h.length})\n`);e.stdout.write(render((0,l.FK)([],y),r.format,false));return P}if(m.length===0){const t=o.length>0?o.join(" "):y.posts.join(" ");e.stderr.write(`${d.lH}: no posts matched ${t} under ${p} (${y.presetReason})\n`);return D}const g=createProgress(e.stderr,m.length);const k=r.jobs?Number(r.jobs):(0,u.yV)(m.length);const lint=t=>k>1&&e.workerEntry&&t.length>1?(0,u.Ty)(e.workerEntry,t,n,Math.min(k,t.length),{onFile:g.update}):(0,l.ji)(t,n,{onFile:g.update});let b;if(r.cache&&!r.fix&&!r["fix-dry-run"]){const t=await lintWithCache(s().resolve(e.cwd,r.cache),m,n,lint);b=t.report;e.stderr.write(`${d.lH}: cache: ${t.stats.hits} unchanged posts reused, ${t.stats.misses} linted\n`)}else{b=await lint(m)}g.done();if(r.fix||r["fix-dry-run"]){const t=await fixFiles(b,n,!r["fix-dry-run"]);b=t.report;if(r["fix-dry-run"]){e.stdout.write(t.diff);e.stderr.write(`${d.lH}: ${t.changed.length===1?"1 file":`${t.changed.length} files`} would be changed by --fix\n`);return shouldFail(b,r["fail-on"])?R:P}if(t.changed.length>0)e.stderr.write(`${d.lH}: fixed ${t.changed.join(", ")}\n`)}const w=r["no-color"]?false:r.color??(!!e.stdout.isTTY&&!t.NO_COLOR&&!r.output);const x=render(b,r.format,w);if(r.output)await i.promises.writeFile(s().resolve(e.cwd,r.output),x);else e.stdout.write(x);return shouldFail(b,r["fail-on"])?R:P}catch(t){return fail(e,`internal error: ${t.message}`)}}async function fixFiles(e,t,n){const r=[];let o="";const a=[];for(const u of e.files){if(!u.problems.some(e=>e.fix)){a.push(u);continue}const e=await(0,l.Zf)(u.file,t);if(e===undefined){a.push(u);continue}const f=await(0,l.Xc)(u.file,e,t);a.push({file:u.file,problems:f.problems});if(f.output===e)continue;r.push(u.file);o+=(0,c.WH)(u.file,e,f.output);if(n)await i.promises.writeFile(s().join(t.repo.root,u.file),f.output)}return{report:(0,l.FK)(a,t.settings),changed:r,diff:o}}async function mergeReports(e,t,n,r,o,a,l){if(n.length===0)return usage(e,"--merge needs the JSON reports to merge");const c=[];for(const r of n){try{c.push({name:r,text:await i.promises.readFile(s().resolve(t,r),"utf8")})}catch{return usage(e,`${r}: no such file`)}}let u;try{u=mergeJsonReports(c,a)}catch(t){if(t instanceof MergeError)return fail(e,t.message);throw t}const f=render(u,r,false);if(l)await i.promises.writeFile(s().resolve(e.cwd,l),f);else e.stdout.write(f);return shouldFail(u,o)?R:P}function render(e,t,n){if(t==="json")return formatJson(e);if(t==="markdown")return formatMarkdown(e);if(t==="sarif")return formatSarif(e);return formatText(e,{color:n})}async function missingExplicitPaths(e,t,n){for(const r of n){if(/[*?{[]/.test(r))continue;const n=s().resolve(e,r);const o=await i.promises.realpath(n).catch(()=>undefined);if(!o)return`${r}: no such file or folder`;const a=s().relative(t,o);if(a.startsWith("..")||s().isAbsolute(a))return`${r}: outside the blog's root ${t} (run from the blog's folder or pass --cwd)`}return undefined}function createProgress(e,t){const n=!!e.isTTY&&t>=20;let r=0;return{update(t,i){const o=Date.now();if(!n||o-r<100&&t<i)return;r=o;e.write(`\r${d.lH}: ${t}/${i} posts`)},done(){if(n)e.write("\r[K")}}}function usage(e,t){e.stderr.write(`${d.lH}: ${t}\nRun \`${d.lH} --help\` for usage.\n`);return D}function fail(e,t){e.stderr.write(`${d.lH}: ${t}\n`);return D}},4661:(e,t,n)=>{n.d(t,{M:()=>resolveSettings,X:()=>effectiveSeverity});var r=n(2096);var i=n(6275);var o=n(5404);function resolveSettings(e={}){const t=r.v[e.preset??"jekyll"];const n={};const s={};for(const r of i.V7){n[r.id]=e.rules?.[r.id]?.severity??t.severities[r.id]??r.severity;const i=e.rules?.[r.id]?.options;if(i)s[r.id]=i}return{preset:t,presetReason:e.presetReason??(e.preset?`preset ${e.preset}`:"default preset jekyll"),lang:e.lang??"en",requiredKeys:e.requiredKeys??t.requiredKeys,maxFileSize:e.maxFileSize??o.fS,posts:e.posts??t.posts,ignore:e.ignore??[],severities:n,ruleOptions:s,now:e.now??new Date}}function effectiveSeverity(e,t){const n=e.severities[t];return n==="off"||n===undefined?undefined:n}},7163:(e,t,n)=>{n.d(t,{R:()=>defaultKeysFor,U:()=>loadSiteConfig});var r=n(8815);var i=n(3292);var o=n(4006);var s=n.n(o);var a=n(5404);const l={jekyll:["_config.yml","_config.yaml"],hugo:["hugo.toml","hugo.yaml","hugo.yml","hugo.json","config.toml","config.yaml","config.yml","config/_default/hugo.toml","config/_default/hugo.yaml","config/_default/config.toml","config/_default/config.yaml"],hexo:["_config.yml","_config.yaml"],astro:[],markdown:[]};async function loadSiteConfig(e,t){for(const n of l[t]){const t=await(0,a.dg)(e,n);if(!t.ok)continue;const o=t.text;let s;try{s=n.endsWith(".toml")?(0,i.qg)(o):(0,r.qg)(o,{maxAliasCount:100})}catch{return{file:n,future:false,baseUrl:"",defaults:[]}}return{file:n,...readSiteData(s&&typeof s==="object"?s:{})}}return{future:false,baseUrl:"",defaults:[]}}function readSiteData(e){const t={};for(const[n,r]of Object.entries(e))t[n.toLowerCase()]??=r;const n=t.timezone;const r={future:t.future===true||t.buildfuture===true,baseUrl:typeof t.baseurl==="string"?pathOfBaseUrl(t.baseurl):"",defaults:[]};if(typeof n==="string"&&n.trim()!=="")r.timeZone=n.trim();const i=t.cdn??t.img_cdn;if(typeof i==="string"&&i.trim()!=="")r.cdn=i.trim();if(typeof t.permalink==="string"&&t.permalink.trim()!=="")r.permalink=t.permalink.trim();const o=t.theme??t.remote_theme;if(typeof o==="string"&&o.trim()!=="")r.theme=o.trim();if(Array.isArray(t.defaults)){for(const e of t.defaults){if(!e||typeof e!=="object")continue;const{scope:t,values:n}=e;if(!n||typeof n!=="object")continue;const i=typeof t?.path==="string"?t.path:"";const o={path:i,values:n};if(typeof t?.type==="string")o.type=t.type;r.defaults.push(o)}}return r}function pathOfBaseUrl(e){try{return/^[a-z]+:\/\//i.test(e)?new URL(e).pathname.replace(/\/$/,""):e}catch{return e}}function defaultKeysFor(e,t){const n=new Set;const r=t.split("/");const i=r.includes("_posts")||r.includes("_drafts")?"posts":"pages";for(const r of e.defaults){const e=r.type==="post"||r.type==="draft"||r.type==="drafts"?"posts":r.type==="page"?"pages":r.type;if(e&&e!==i)continue;const o=r.path.replace(/^\.?\//,"").replace(/\/$/,"");const a=o===""||(o.includes("*")?s()(o)(t)||s()(`${o}/**`)(t):t===o||t.startsWith(o+"/"));if(a)for(const e of Object.keys(r.values))n.add(e)}return n}},615:(e,t,n)=>{n.d(t,{$6:()=>calendarDay,Jj:()=>isNaiveYamlTimestamp,Ym:()=>timeZoneOffsetMinutes,cd:()=>filenameDate,y1:()=>parsePostDate});const r=/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$/;function parsePostDate(e,t=0){if(e instanceof Date){if(Number.isNaN(e.getTime()))return{ok:false,reason:"calendar"};return parsePostDate(e.toISOString(),t)}if(typeof e!=="string")return{ok:false,reason:"format"};const n=r.exec(e.trim());if(!n)return{ok:false,reason:"format"};const[i,o,s,a=0,l=0,c=0]=[1,2,3,4,5,6].map(e=>n[e]===undefined?undefined:Number(n[e]));const u=n[4]!==undefined;if(!isCalendarDate(i,o,s)||a>23||l>59||c>60){return{ok:false,reason:"calendar"}}const f=n[7]===undefined?undefined:parseOffset(n[7]);if(f===null)return{ok:false,reason:"calendar"};const d=f??t;const p=Date.UTC(i,o-1,s,a,l,c)-d*6e4;const h={year:i,month:o,day:s,hasTime:u,epochMs:p};if(f!==undefined)h.offsetMinutes=f;return{ok:true,date:h}}function parseOffset(e){if(e==="Z"||e==="z")return 0;const t=e.startsWith("-")?-1:1;const n=e.slice(1).replace(":","");const r=Number(n.length<=2?n:n.slice(0,-2));const i=n.length<=2?0:Number(n.slice(-2));if(r>18||i>59)return null;return t*(r*60+i)}function isCalendarDate(e,t,n){if(t<1||t>12||n<1)return false;const r=new Date(Date.UTC(e,t,0)).getUTCDate();return n<=r}function isNaiveYamlTimestamp(e,t){return!t&&typeof e==="string"&&/^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?$/.test(e.trim())}function calendarDay(e){const pad=(e,t=2)=>String(e).padStart(t,"0");return`${pad(e.year,4)}-${pad(e.month)}-${pad(e.day)}`}function filenameDate(e){const t=/^(\d{4})-(\d{2})-(\d{2})-/.exec(e);if(!t)return undefined;return isCalendarDate(Number(t[1]),Number(t[2]),Number(t[3]))?`${t[1]}-${t[2]}-${t[3]}`:undefined}function timeZoneOffsetMinutes(e,t=new Date){const n=/^([+-])(\d{2}):?(\d{2})$/.exec(e.trim());if(n)return(n[1]==="-"?-1:1)*(Number(n[2])*60+Number(n[3]));try{const n=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t);const r=n.find(e=>e.type==="timeZoneName")?.value??"";const i=/GMT([+-])(\d{2}):(\d{2})/.exec(r);if(!i)return 0;return(i[1]==="-"?-1:1)*(Number(i[2])*60+Number(i[3]))}catch{return undefined}}},7977:(e,t,n)=>{n.d(t,{MA:()=>changedLines,WH:()=>unifiedDiff,yZ:()=>applyFixes});function applyFixes(e,t){const n=t.filter(e=>!!e.fix&&e.fix.edits.length>0);const r=[...n].sort((e,t)=>fixStart(e.fix)-fixStart(t.fix)||fixEnd(e.fix)-fixEnd(t.fix)||e.ruleId.localeCompare(t.ruleId)||JSON.stringify(e.fix).localeCompare(JSON.stringify(t.fix)));const i=[];const o=[];const s=[];for(const t of r){const n=normalizeEdits(t.fix.edits);if(n.some(t=>t.range[0]<0||t.range[1]>e.length||t.range[0]>t.range[1])){s.push(t);continue}if(n.every(t=>isNoop(e,t)))continue;const r=n.some(e=>i.some(t=>overlaps(e,t)));if(r){if(n.every(e=>i.some(t=>sameEdit(e,t))))o.push(t);else s.push(t);continue}i.push(...n);o.push(t)}i.sort((e,t)=>e.range[0]-t.range[0]||e.range[1]-t.range[1]);let a="";let l=0;for(const t of i){a+=e.slice(l,t.range[0])+t.text;l=t.range[1]}a+=e.slice(l);return{output:a,applied:o,deferred:s}}function normalizeEdits(e){return[...e].sort((e,t)=>e.range[0]-t.range[0])}function fixStart(e){return Math.min(...e.edits.map(e=>e.range[0]))}function fixEnd(e){return Math.max(...e.edits.map(e=>e.range[1]))}function isNoop(e,t){return e.slice(t.range[0],t.range[1])===t.text}function sameEdit(e,t){return e.range[0]===t.range[0]&&e.range[1]===t.range[1]&&e.text===t.text}function overlaps(e,t){if(e.range[0]===e.range[1]||t.range[0]===t.range[1]){return e.range[0]===t.range[0]||e.range[0]>t.range[0]&&e.range[0]<t.range[1]||t.range[0]>e.range[0]&&t.range[0]<e.range[1]}return e.range[0]<t.range[1]&&t.range[0]<e.range[1]}function unifiedDiff(e,t,n){if(t===n)return"";const r=toLines(t);const i=toLines(n);const o=t!==""&&!t.endsWith("\n");const s=n!==""&&!n.endsWith("\n");let a=0;while(a<r.length&&a<i.length&&r[a]===i[a])a++;let l=0;while(l<r.length-a&&l<i.length-a&&r[r.length-1-l]===i[i.length-1-l])l++;const c=[...r.slice(0,a).map(e=>({kind:" ",text:e})),...diffLines(r.slice(a,r.length-l),i.slice(a,i.length-l)),...r.slice(r.length-l).map(e=>({kind:" ",text:e}))];const u=[];const f=[];let d=1;let p=1;for(const e of c){u.push(d);f.push(p);if(e.kind!=="+")d++;if(e.kind!=="-")p++}const h=c.flatMap((e,t)=>e.kind===" "?[]:[t]);const m=[`--- a/${e}`,`+++ b/${e}`];let g=0;while(g<h.length){let e=g;while(e+1<h.length&&h[e+1]-h[e]<=7)e++;const t=Math.max(0,h[g]-3);const n=Math.min(c.length-1,h[e]+3);const a=c.slice(t,n+1);const l=a.filter(e=>e.kind!=="+").length;const d=a.filter(e=>e.kind!=="-").length;m.push(`@@ -${l?u[t]:u[t]-1},${l} +${d?f[t]:f[t]-1},${d} @@`);for(let e=t;e<=n;e++){const t=c[e];m.push(t.kind+t.text);const n=t.kind!=="+"&&u[e]===r.length&&o;const a=t.kind!=="-"&&f[e]===i.length&&s;if(n||a)m.push("\\ No newline at end of file")}g=e+1}return m.join("\n")+"\n"}function changedLines(e,t){if(e===t)return[];const n=toLines(e);const r=toLines(t);let i=0;while(i<n.length&&i<r.length&&n[i]===r[i])i++;let o=0;while(o<n.length-i&&o<r.length-i&&n[n.length-1-o]===r[r.length-1-o])o++;const s=[];let a=i;for(const e of diffLines(n.slice(i,n.length-o),r.slice(i,r.length-o))){if(e.kind==="+")continue;a++;if(e.kind==="-")s.push(a)}if(s.length===0)s.push(Math.max(1,n.length));return s}function toLines(e){if(e==="")return[];const t=e.split("\n");if(e.endsWith("\n"))t.pop();return t}function diffLines(e,t){if(e.length*t.length>4e6)return[...e.map(e=>({kind:"-",text:e})),...t.map(e=>({kind:"+",text:e}))];const n=Array.from({length:e.length+1},()=>new Array(t.length+1).fill(0));for(let r=e.length-1;r>=0;r--){for(let i=t.length-1;i>=0;i--){n[r][i]=e[r]===t[i]?n[r+1][i+1]+1:Math.max(n[r+1][i],n[r][i+1])}}const r=[];let i=0;let o=0;while(i<e.length&&o<t.length){if(e[i]===t[o]){r.push({kind:" ",text:e[i]});i++;o++}else if(n[i+1][o]>=n[i][o+1])r.push({kind:"-",text:e[i++]});else r.push({kind:"+",text:t[o++]})}while(i<e.length)r.push({kind:"-",text:e[i++]});while(o<t.length)r.push({kind:"+",text:t[o++]});return r}},6045:(e,t,n)=>{n.d(t,{qB:()=>isQuotedValue,DO:()=>locateFrontmatter,yv:()=>parseFrontmatter});var r=n(8815);var i=n(3292);function getDefaultExportFromCjs(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e["default"]:e}var o={};var s={};var a={};var l;function requireCommon(){if(l)return a;l=1;function isNothing(e){return typeof e==="undefined"||e===null}function isObject(e){return typeof e==="object"&&e!==null}function toArray(e){if(Array.isArray(e))return e;else if(isNothing(e))return[];return[e]}function extend(e,t){if(t){const n=Object.keys(t);for(let r=0,i=n.length;r<i;r+=1){const i=n[r];e[i]=t[i]}}return e}function repeat(e,t){let n="";for(let r=0;r<t;r+=1){n+=e}return n}function isNegativeZero(e){return e===0&&Number.NEGATIVE_INFINITY===1/e}a.isNothing=isNothing;a.isObject=isObject;a.toArray=toArray;a.repeat=repeat;a.isNegativeZero=isNegativeZero;a.extend=extend;return a}var c;var u;function requireException(){if(u)return c;u=1;function formatError(e,t){let n="";const r=e.reason||"(unknown reason)";if(!e.mark)return r;if(e.mark.name){n+='in "'+e.mark.name+'" '}n+="("+(e.mark.line+1)+":"+(e.mark.column+1)+")";if(!t&&e.mark.snippet){n+="\n\n"+e.mark.snippet}return r+" "+n}function YAMLException2(e,t){Error.call(this);this.name="YAMLException";this.reason=e;this.mark=t;this.message=formatError(this,false);if(Error.captureStackTrace){Error.captureStackTrace(this,this.constructor)}else{this.stack=(new Error).stack||""}}YAMLException2.prototype=Object.create(Error.prototype);YAMLException2.prototype.constructor=YAMLException2;YAMLException2.prototype.toString=function toString(e){return this.name+": "+formatError(this,e)};c=YAMLException2;return c}var f;var d;function requireSnippet(){if(d)return f;d=1;const e=requireCommon();function getLine(e,t,n,r,i){let o="";let s="";const a=Math.floor(i/2)-1;if(r-t>a){o=" ... ";t=r-a+o.length}if(n-r>a){s=" ...";n=r+a-s.length}return{str:o+e.slice(t,n).replace(/\t/g,"→")+s,pos:r-t+o.length}}function padStart(t,n){return e.repeat(" ",n-t.length)+t}function makeSnippet(t,n){n=Object.create(n||null);if(!t.buffer)return null;if(!n.maxLength)n.maxLength=79;if(typeof n.indent!=="number")n.indent=1;if(typeof n.linesBefore!=="number")n.linesBefore=3;if(typeof n.linesAfter!=="number")n.linesAfter=2;const r=/\r?\n|\r|\0/g;const i=[0];const o=[];let s;let a=-1;while(s=r.exec(t.buffer)){o.push(s.index);i.push(s.index+s[0].length);if(t.position<=s.index&&a<0){a=i.length-2}}if(a<0)a=i.length-1;let l="";const c=Math.min(t.line+n.linesAfter,o.length).toString().length;const u=n.maxLength-(n.indent+c+3);for(let r=1;r<=n.linesBefore;r++){if(a-r<0)break;const s=getLine(t.buffer,i[a-r],o[a-r],t.position-(i[a]-i[a-r]),u);l=e.repeat(" ",n.indent)+padStart((t.line-r+1).toString(),c)+" | "+s.str+"\n"+l}const f=getLine(t.buffer,i[a],o[a],t.position,u);l+=e.repeat(" ",n.indent)+padStart((t.line+1).toString(),c)+" | "+f.str+"\n";l+=e.repeat("-",n.indent+c+3+f.pos)+"^\n";for(let r=1;r<=n.linesAfter;r++){if(a+r>=o.length)break;const s=getLine(t.buffer,i[a+r],o[a+r],t.position-(i[a]-i[a+r]),u);l+=e.repeat(" ",n.indent)+padStart((t.line+r+1).toString(),c)+" | "+s.str+"\n"}return l.replace(/\n$/,"")}f=makeSnippet;return f}var p;var h;function requireType(){if(h)return p;h=1;const e=requireException();const t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"];const n=["scalar","sequence","mapping"];function compileStyleAliases(e){const t={};if(e!==null){Object.keys(e).forEach(function(n){e[n].forEach(function(e){t[String(e)]=n})})}return t}function Type2(r,i){i=i||{};Object.keys(i).forEach(function(n){if(t.indexOf(n)===-1){throw new e('Unknown option "'+n+'" is met in definition of "'+r+'" YAML type.')}});this.options=i;this.tag=r;this.kind=i["kind"]||null;this.resolve=i["resolve"]||function(){return true};this.construct=i["construct"]||function(e){return e};this.instanceOf=i["instanceOf"]||null;this.predicate=i["predicate"]||null;this.represent=i["represent"]||null;this.representName=i["representName"]||null;this.defaultStyle=i["defaultStyle"]||null;this.multi=i["multi"]||false;this.styleAliases=compileStyleAliases(i["styleAliases"]||null);if(n.indexOf(this.kind)===-1){throw new e('Unknown kind "'+this.kind+'" is specified for "'+r+'" YAML type.')}}p=Type2;return p}var m;var g;function requireSchema(){if(g)return m;g=1;const e=requireException();const t=requireType();function compileList(e,t){const n=[];e[t].forEach(function(e){let t=n.length;n.forEach(function(n,r){if(n.tag===e.tag&&n.kind===e.kind&&n.multi===e.multi){t=r}});n[t]=e});return n}function compileMap(){const e={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function collectType(t){if(t.multi){e.multi[t.kind].push(t);e.multi["fallback"].push(t)}else{e[t.kind][t.tag]=e["fallback"][t.tag]=t}}for(let e=0,t=arguments.length;e<t;e+=1){arguments[e].forEach(collectType)}return e}function Schema2(e){return this.extend(e)}Schema2.prototype.extend=function extend(n){let r=[];let i=[];if(n instanceof t){i.push(n)}else if(Array.isArray(n)){i=i.concat(n)}else if(n&&(Array.isArray(n.implicit)||Array.isArray(n.explicit))){if(n.implicit)r=r.concat(n.implicit);if(n.explicit)i=i.concat(n.explicit)}else{throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })")}r.forEach(function(n){if(!(n instanceof t)){throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")}if(n.loadKind&&n.loadKind!=="scalar"){throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.")}if(n.multi){throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}});i.forEach(function(n){if(!(n instanceof t)){throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")}});const o=Object.create(Schema2.prototype);o.implicit=(this.implicit||[]).concat(r);o.explicit=(this.explicit||[]).concat(i);o.compiledImplicit=compileList(o,"implicit");o.compiledExplicit=compileList(o,"explicit");o.compiledTypeMap=compileMap(o.compiledImplicit,o.compiledExplicit);return o};m=Schema2;return m}var y;var k;function requireStr(){if(k)return y;k=1;const e=requireType();y=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(e){return e!==null?e:""}});return y}var b;var w;function requireSeq(){if(w)return b;w=1;const e=requireType();b=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(e){return e!==null?e:[]}});return b}var x;var v;function requireMap(){if(v)return x;v=1;const e=requireType();x=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(e){return e!==null?e:{}}});return x}var S;var A;function requireFailsafe(){if(A)return S;A=1;const e=requireSchema();S=new e({explicit:[requireStr(),requireSeq(),requireMap()]});return S}var C;var E;function require_null(){if(E)return C;E=1;const e=requireType();function resolveYamlNull(e){if(e===null)return true;const t=e.length;return t===1&&e==="~"||t===4&&(e==="null"||e==="Null"||e==="NULL")}function constructYamlNull(){return null}function isNull(e){return e===null}C=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:resolveYamlNull,construct:constructYamlNull,predicate:isNull,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"});return C}var T;var O;function requireBool(){if(O)return T;O=1;const e=requireType();function resolveYamlBoolean(e){if(e===null)return false;const t=e.length;return t===4&&(e==="true"||e==="True"||e==="TRUE")||t===5&&(e==="false"||e==="False"||e==="FALSE")}function constructYamlBoolean(e){return e==="true"||e==="True"||e==="TRUE"}function isBoolean(e){return Object.prototype.toString.call(e)==="[object Boolean]"}T=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:resolveYamlBoolean,construct:constructYamlBoolean,predicate:isBoolean,represent:{lowercase:function(e){return e?"true":"false"},uppercase:function(e){return e?"TRUE":"FALSE"},camelcase:function(e){return e?"True":"False"}},defaultStyle:"lowercase"});return T}var L;var I;function requireInt(){if(I)return L;I=1;const e=requireCommon();const t=requireType();function isHexCode(e){return e>=48&&e<=57||e>=65&&e<=70||e>=97&&e<=102}function isOctCode(e){return e>=48&&e<=55}function isDecCode(e){return e>=48&&e<=57}function resolveYamlInteger(e){if(e===null)return false;const t=e.length;let n=0;let r=false;if(!t)return false;let i=e[n];if(i==="-"||i==="+"){i=e[++n]}if(i==="0"){if(n+1===t)return true;i=e[++n];if(i==="b"){n++;for(;n<t;n++){i=e[n];if(i!=="0"&&i!=="1")return false;r=true}return r&&isFinite(parseYamlInteger(e))}if(i==="x"){n++;for(;n<t;n++){if(!isHexCode(e.charCodeAt(n)))return false;r=true}return r&&isFinite(parseYamlInteger(e))}if(i==="o"){n++;for(;n<t;n++){if(!isOctCode(e.charCodeAt(n)))return false;r=true}return r&&isFinite(parseYamlInteger(e))}}for(;n<t;n++){if(!isDecCode(e.charCodeAt(n))){return false}r=true}if(!r)return false;return isFinite(parseYamlInteger(e))}function parseYamlInteger(e){let t=e;let n=1;let r=t[0];if(r==="-"||r==="+"){if(r==="-")n=-1;t=t.slice(1);r=t[0]}if(t==="0")return 0;if(r==="0"){if(t[1]==="b")return n*parseInt(t.slice(2),2);if(t[1]==="x")return n*parseInt(t.slice(2),16);if(t[1]==="o")return n*parseInt(t.slice(2),8)}return n*parseInt(t,10)}function constructYamlInteger(e){return parseYamlInteger(e)}function isInteger(t){return Object.prototype.toString.call(t)==="[object Number]"&&(t%1===0&&!e.isNegativeZero(t))}L=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:resolveYamlInteger,construct:constructYamlInteger,predicate:isInteger,represent:{binary:function(e){return e>=0?"0b"+e.toString(2):"-0b"+e.toString(2).slice(1)},octal:function(e){return e>=0?"0o"+e.toString(8):"-0o"+e.toString(8).slice(1)},decimal:function(e){return e.toString(10)},hexadecimal:function(e){return e>=0?"0x"+e.toString(16).toUpperCase():"-0x"+e.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}});return L}var N;var _;function requireFloat(){if(_)return N;_=1;const e=requireCommon();const t=requireType();const n=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");const r=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function resolveYamlFloat(e){if(e===null)return false;if(!n.test(e)){return false}if(isFinite(parseFloat(e,10))){return true}return r.test(e)}function constructYamlFloat(e){let t=e.toLowerCase();const n=t[0]==="-"?-1:1;if("+-".indexOf(t[0])>=0){t=t.slice(1)}if(t===".inf"){return n===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY}else if(t===".nan"){return NaN}return n*parseFloat(t,10)}const i=/^[-+]?[0-9]+e/;function representYamlFloat(t,n){if(isNaN(t)){switch(n){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}}else if(Number.POSITIVE_INFINITY===t){switch(n){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}}else if(Number.NEGATIVE_INFINITY===t){switch(n){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}}else if(e.isNegativeZero(t)){return"-0.0"}const r=t.toString(10);return i.test(r)?r.replace("e",".e"):r}function isFloat(t){return Object.prototype.toString.call(t)==="[object Number]"&&(t%1!==0||e.isNegativeZero(t))}N=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:resolveYamlFloat,construct:constructYamlFloat,predicate:isFloat,represent:representYamlFloat,defaultStyle:"lowercase"});return N}var P;var R;function requireJson(){if(R)return P;R=1;P=requireFailsafe().extend({implicit:[require_null(),requireBool(),requireInt(),requireFloat()]});return P}var D;var $;function requireCore(){if($)return D;$=1;D=requireJson();return D}var M;var F;function requireTimestamp(){if(F)return M;F=1;const e=requireType();const t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");const n=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function resolveYamlTimestamp(e){if(e===null)return false;if(t.exec(e)!==null)return true;if(n.exec(e)!==null)return true;return false}function constructYamlTimestamp(e){let r=0;let i=null;let o=t.exec(e);if(o===null)o=n.exec(e);if(o===null)throw new Error("Date resolve error");const s=+o[1];const a=+o[2]-1;const l=+o[3];if(!o[4]){return new Date(Date.UTC(s,a,l))}const c=+o[4];const u=+o[5];const f=+o[6];if(o[7]){r=o[7].slice(0,3);while(r.length<3){r+="0"}r=+r}if(o[9]){const e=+o[10];const t=+(o[11]||0);i=(e*60+t)*6e4;if(o[9]==="-")i=-i}const d=new Date(Date.UTC(s,a,l,c,u,f,r));if(i)d.setTime(d.getTime()-i);return d}function representYamlTimestamp(e){return e.toISOString()}M=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:resolveYamlTimestamp,construct:constructYamlTimestamp,instanceOf:Date,represent:representYamlTimestamp});return M}var j;var q;function requireMerge(){if(q)return j;q=1;const e=requireType();function resolveYamlMerge(e){return e==="<<"||e===null}j=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:resolveYamlMerge});return j}var B;var z;function requireBinary(){if(z)return B;z=1;const e=requireType();const t="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";function resolveYamlBinary(e){if(e===null)return false;let n=0;const r=e.length;const i=t;for(let t=0;t<r;t++){const r=i.indexOf(e.charAt(t));if(r>64)continue;if(r<0)return false;n+=6}return n%8===0}function constructYamlBinary(e){const n=e.replace(/[\r\n=]/g,"");const r=n.length;const i=t;let o=0;const s=[];for(let e=0;e<r;e++){if(e%4===0&&e){s.push(o>>16&255);s.push(o>>8&255);s.push(o&255)}o=o<<6|i.indexOf(n.charAt(e))}const a=r%4*6;if(a===0){s.push(o>>16&255);s.push(o>>8&255);s.push(o&255)}else if(a===18){s.push(o>>10&255);s.push(o>>2&255)}else if(a===12){s.push(o>>4&255)}return new Uint8Array(s)}function representYamlBinary(e){let n="";let r=0;const i=e.length;const o=t;for(let t=0;t<i;t++){if(t%3===0&&t){n+=o[r>>18&63];n+=o[r>>12&63];n+=o[r>>6&63];n+=o[r&63]}r=(r<<8)+e[t]}const s=i%3;if(s===0){n+=o[r>>18&63];n+=o[r>>12&63];n+=o[r>>6&63];n+=o[r&63]}else if(s===2){n+=o[r>>10&63];n+=o[r>>4&63];n+=o[r<<2&63];n+=o[64]}else if(s===1){n+=o[r>>2&63];n+=o[r<<4&63];n+=o[64];n+=o[64]}return n}function isBinary(e){return Object.prototype.toString.call(e)==="[object Uint8Array]"}B=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:resolveYamlBinary,construct:constructYamlBinary,predicate:isBinary,represent:representYamlBinary});return B}var U;var H;function requireOmap(){if(H)return U;H=1;const e=requireType();const t=Object.prototype.hasOwnProperty;const n=Object.prototype.toString;function resolveYamlOmap(e){if(e===null)return true;const r={};const i=e;for(let e=0,o=i.length;e<o;e+=1){const o=i[e];let s=false;if(n.call(o)!=="[object Object]")return false;let a;for(a in o){if(t.call(o,a)){if(!s)s=true;else return false}}if(!s)return false;if(t.call(r,a))return false;Object.defineProperty(r,a,{value:true})}return true}function constructYamlOmap(e){return e!==null?e:[]}U=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:resolveYamlOmap,construct:constructYamlOmap});return U}var V;var K;function requirePairs(){if(K)return V;K=1;const e=requireType();const t=Object.prototype.toString;function resolveYamlPairs(e){if(e===null)return true;const n=e;const r=new Array(n.length);for(let e=0,i=n.length;e<i;e+=1){const i=n[e];if(t.call(i)!=="[object Object]")return false;const o=Object.keys(i);if(o.length!==1)return false;r[e]=[o[0],i[o[0]]]}return true}function constructYamlPairs(e){if(e===null)return[];const t=e;const n=new Array(t.length);for(let e=0,r=t.length;e<r;e+=1){const r=t[e];const i=Object.keys(r);n[e]=[i[0],r[i[0]]]}return n}V=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:resolveYamlPairs,construct:constructYamlPairs});return V}var Y;var W;function requireSet(){if(W)return Y;W=1;const e=requireType();const t=Object.prototype.hasOwnProperty;function resolveYamlSet(e){if(e===null)return true;const n=e;for(const e in n){if(t.call(n,e)){if(n[e]!==null)return false}}return true}function constructYamlSet(e){return e!==null?e:{}}Y=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:resolveYamlSet,construct:constructYamlSet});return Y}var G;var J;function require_default(){if(J)return G;J=1;G=requireCore().extend({implicit:[requireTimestamp(),requireMerge()],explicit:[requireBinary(),requireOmap(),requirePairs(),requireSet()]});return G}var Q;function requireLoader(){if(Q)return s;Q=1;const e=requireCommon();const t=requireException();const n=requireSnippet();const r=require_default();const i=Object.prototype.hasOwnProperty;const o=1;const a=2;const l=3;const c=4;const u=1;const f=2;const d=3;const p=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;const h=/[\x85\u2028\u2029]/;const m=/[,\[\]{}]/;const g=/^(?:!|!!|![0-9A-Za-z-]+!)$/;const y=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function _class(e){return Object.prototype.toString.call(e)}function isEol(e){return e===10||e===13}function isWhiteSpace(e){return e===9||e===32}function isWsOrEol(e){return e===9||e===32||e===10||e===13}function isFlowIndicator(e){return e===44||e===91||e===93||e===123||e===125}function fromHexCode(e){if(e>=48&&e<=57){return e-48}const t=e|32;if(t>=97&&t<=102){return t-97+10}return-1}function escapedHexLen(e){if(e===120){return 2}if(e===117){return 4}if(e===85){return 8}return 0}function fromDecimalCode(e){if(e>=48&&e<=57){return e-48}return-1}function simpleEscapeSequence(e){switch(e){case 48:return"\0";case 97:return"";case 98:return"\b";case 116:return"\t";case 9:return"\t";case 110:return"\n";case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"";case 95:return" ";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function charFromCodepoint(e){if(e<=65535){return String.fromCharCode(e)}return String.fromCharCode((e-65536>>10)+55296,(e-65536&1023)+56320)}function setProperty(e,t,n){if(t==="__proto__"){Object.defineProperty(e,t,{configurable:true,enumerable:true,writable:true,value:n})}else{e[t]=n}}const k=new Array(256);const b=new Array(256);for(let e=0;e<256;e++){k[e]=simpleEscapeSequence(e)?1:0;b[e]=simpleEscapeSequence(e)}function State(e,t){this.input=e;this.filename=t["filename"]||null;this.schema=t["schema"]||r;this.onWarning=t["onWarning"]||null;this.legacy=t["legacy"]||false;this.json=t["json"]||false;this.listener=t["listener"]||null;this.maxDepth=typeof t["maxDepth"]==="number"?t["maxDepth"]:100;this.maxTotalMergeKeys=typeof t["maxTotalMergeKeys"]==="number"?t["maxTotalMergeKeys"]:1e4;this.implicitTypes=this.schema.compiledImplicit;this.typeMap=this.schema.compiledTypeMap;this.length=e.length;this.position=0;this.line=0;this.lineStart=0;this.lineIndent=0;this.depth=0;this.totalMergeKeys=0;this.firstTabInLine=-1;this.documents=[];this.anchorMapTransactions=[]}function generateError(e,r){const i={name:e.filename,buffer:e.input.slice(0,-1),position:e.position,line:e.line,column:e.position-e.lineStart};i.snippet=n(i);return new t(r,i)}function throwError(e,t){throw generateError(e,t)}function throwWarning(e,t){if(e.onWarning){e.onWarning.call(null,generateError(e,t))}}function storeAnchor(e,t,n){const r=e.anchorMapTransactions;if(r.length!==0){const n=r[r.length-1];if(!i.call(n,t)){n[t]={existed:i.call(e.anchorMap,t),value:e.anchorMap[t]}}}e.anchorMap[t]=n}function beginAnchorTransaction(e){e.anchorMapTransactions.push(Object.create(null))}function commitAnchorTransaction(e){const t=e.anchorMapTransactions.pop();const n=e.anchorMapTransactions;if(n.length===0)return;const r=n[n.length-1];const o=Object.keys(t);for(let e=0,n=o.length;e<n;e+=1){const n=o[e];if(!i.call(r,n)){r[n]=t[n]}}}function rollbackAnchorTransaction(e){const t=e.anchorMapTransactions.pop();const n=Object.keys(t);for(let r=n.length-1;r>=0;r-=1){const i=t[n[r]];if(i.existed){e.anchorMap[n[r]]=i.value}else{delete e.anchorMap[n[r]]}}}function snapshotState(e){return{position:e.position,line:e.line,lineStart:e.lineStart,lineIndent:e.lineIndent,firstTabInLine:e.firstTabInLine,tag:e.tag,anchor:e.anchor,kind:e.kind,result:e.result}}function restoreState(e,t){e.position=t.position;e.line=t.line;e.lineStart=t.lineStart;e.lineIndent=t.lineIndent;e.firstTabInLine=t.firstTabInLine;e.tag=t.tag;e.anchor=t.anchor;e.kind=t.kind;e.result=t.result}const w={YAML:function handleYamlDirective(e,t,n){if(e.version!==null){throwError(e,"duplication of %YAML directive")}if(n.length!==1){throwError(e,"YAML directive accepts exactly one argument")}const r=/^([0-9]+)\.([0-9]+)$/.exec(n[0]);if(r===null){throwError(e,"ill-formed argument of the YAML directive")}const i=parseInt(r[1],10);const o=parseInt(r[2],10);if(i!==1){throwError(e,"unacceptable YAML version of the document")}e.version=n[0];e.checkLineBreaks=o<2;if(o!==1&&o!==2){throwWarning(e,"unsupported YAML version of the document")}},TAG:function handleTagDirective(e,t,n){let r;if(n.length!==2){throwError(e,"TAG directive accepts exactly two arguments")}const o=n[0];r=n[1];if(!g.test(o)){throwError(e,"ill-formed tag handle (first argument) of the TAG directive")}if(i.call(e.tagMap,o)){throwError(e,'there is a previously declared suffix for "'+o+'" tag handle')}if(!y.test(r)){throwError(e,"ill-formed tag prefix (second argument) of the TAG directive")}try{r=decodeURIComponent(r)}catch(t){throwError(e,"tag prefix is malformed: "+r)}e.tagMap[o]=r}};function captureSegment(e,t,n,r){if(t<n){const i=e.input.slice(t,n);if(r){for(let t=0,n=i.length;t<n;t+=1){const n=i.charCodeAt(t);if(!(n===9||n>=32&&n<=1114111)){throwError(e,"expected valid JSON character")}}}else if(p.test(i)){throwError(e,"the stream contains non-printable characters")}e.result+=i}}function chargeMergeWork(e){e.totalMergeKeys++;if(e.maxTotalMergeKeys!==-1&&e.totalMergeKeys>e.maxTotalMergeKeys){throwError(e,"merge keys exceeded maxTotalMergeKeys ("+e.maxTotalMergeKeys+")")}}function mergeMappings(t,n,r,o){if(!e.isObject(r)){throwError(t,"cannot merge mappings; the provided source object is unacceptable")}chargeMergeWork(t);const s=Object.keys(r);for(let e=0,a=s.length;e<a;e+=1){const a=s[e];chargeMergeWork(t);if(!i.call(n,a)){setProperty(n,a,r[a]);o[a]=true}}}function storeMappingPair(e,t,n,r,o,s,a,l,c){if(Array.isArray(o)){o=Array.prototype.slice.call(o);for(let t=0,n=o.length;t<n;t+=1){if(Array.isArray(o[t])){throwError(e,"nested arrays are not supported inside keys")}if(typeof o==="object"&&_class(o[t])==="[object Object]"){o[t]="[object Object]"}}}if(typeof o==="object"&&_class(o)==="[object Object]"){o="[object Object]"}o=String(o);if(t===null){t={}}if(r==="tag:yaml.org,2002:merge"){if(Array.isArray(s)){if(s.length>100){throwError(e,"abnormal merge sequence size")}for(let r=0,i=s.length;r<i;r+=1){mergeMappings(e,t,s[r],n)}}else{mergeMappings(e,t,s,n)}}else{if(!e.json&&!i.call(n,o)&&i.call(t,o)){e.line=a||e.line;e.lineStart=l||e.lineStart;e.position=c||e.position;throwError(e,"duplicated mapping key")}setProperty(t,o,s);delete n[o]}return t}function readLineBreak(e){const t=e.input.charCodeAt(e.position);if(t===10){e.position++}else if(t===13){e.position++;if(e.input.charCodeAt(e.position)===10){e.position++}}else{throwError(e,"a line break is expected")}e.line+=1;e.lineStart=e.position;e.firstTabInLine=-1}function skipSeparationSpace(e,t,n){let r=0;let i=e.input.charCodeAt(e.position);while(i!==0){while(isWhiteSpace(i)){if(i===9&&e.firstTabInLine===-1){e.firstTabInLine=e.position}i=e.input.charCodeAt(++e.position)}if(t&&i===35){do{i=e.input.charCodeAt(++e.position)}while(i!==10&&i!==13&&i!==0)}if(isEol(i)){readLineBreak(e);i=e.input.charCodeAt(e.position);r++;e.lineIndent=0;while(i===32){e.lineIndent++;i=e.input.charCodeAt(++e.position)}}else{break}}if(n!==-1&&r!==0&&e.lineIndent<n){throwWarning(e,"deficient indentation")}return r}function testDocumentSeparator(e){let t=e.position;let n=e.input.charCodeAt(t);if((n===45||n===46)&&n===e.input.charCodeAt(t+1)&&n===e.input.charCodeAt(t+2)){t+=3;n=e.input.charCodeAt(t);if(n===0||isWsOrEol(n)){return true}}return false}function writeFoldedLines(t,n){if(n===1){t.result+=" "}else if(n>1){t.result+=e.repeat("\n",n-1)}}function readPlainScalar(e,t,n){let r;let i;let o;let s;let a;let l;const c=e.kind;const u=e.result;let f=e.input.charCodeAt(e.position);if(isWsOrEol(f)||isFlowIndicator(f)||f===35||f===38||f===42||f===33||f===124||f===62||f===39||f===34||f===37||f===64||f===96){return false}if(f===63||f===45){const t=e.input.charCodeAt(e.position+1);if(isWsOrEol(t)||n&&isFlowIndicator(t)){return false}}e.kind="scalar";e.result="";r=i=e.position;o=false;while(f!==0){if(f===58){const t=e.input.charCodeAt(e.position+1);if(isWsOrEol(t)||n&&isFlowIndicator(t)){break}}else if(f===35){const t=e.input.charCodeAt(e.position-1);if(isWsOrEol(t)){break}}else if(e.position===e.lineStart&&testDocumentSeparator(e)||n&&isFlowIndicator(f)){break}else if(isEol(f)){s=e.line;a=e.lineStart;l=e.lineIndent;skipSeparationSpace(e,false,-1);if(e.lineIndent>=t){o=true;f=e.input.charCodeAt(e.position);continue}else{e.position=i;e.line=s;e.lineStart=a;e.lineIndent=l;break}}if(o){captureSegment(e,r,i,false);writeFoldedLines(e,e.line-s);r=i=e.position;o=false}if(!isWhiteSpace(f)){i=e.position+1}f=e.input.charCodeAt(++e.position)}captureSegment(e,r,i,false);if(e.result){return true}e.kind=c;e.result=u;return false}function readSingleQuotedScalar(e,t){let n;let r;let i=e.input.charCodeAt(e.position);if(i!==39){return false}e.kind="scalar";e.result="";e.position++;n=r=e.position;while((i=e.input.charCodeAt(e.position))!==0){if(i===39){captureSegment(e,n,e.position,true);i=e.input.charCodeAt(++e.position);if(i===39){n=e.position;e.position++;r=e.position}else{return true}}else if(isEol(i)){captureSegment(e,n,r,true);writeFoldedLines(e,skipSeparationSpace(e,false,t));n=r=e.position}else if(e.position===e.lineStart&&testDocumentSeparator(e)){throwError(e,"unexpected end of the document within a single quoted scalar")}else{e.position++;if(!isWhiteSpace(i)){r=e.position}}}throwError(e,"unexpected end of the stream within a single quoted scalar")}function readDoubleQuotedScalar(e,t){let n;let r;let i;let o=e.input.charCodeAt(e.position);if(o!==34){return false}e.kind="scalar";e.result="";e.position++;n=r=e.position;while((o=e.input.charCodeAt(e.position))!==0){if(o===34){captureSegment(e,n,e.position,true);e.position++;return true}else if(o===92){captureSegment(e,n,e.position,true);o=e.input.charCodeAt(++e.position);if(isEol(o)){skipSeparationSpace(e,false,t)}else if(o<256&&k[o]){e.result+=b[o];e.position++}else if((i=escapedHexLen(o))>0){let t=i;let n=0;for(;t>0;t--){o=e.input.charCodeAt(++e.position);if((i=fromHexCode(o))>=0){n=(n<<4)+i}else{throwError(e,"expected hexadecimal character")}}e.result+=charFromCodepoint(n);e.position++}else{throwError(e,"unknown escape sequence")}n=r=e.position}else if(isEol(o)){captureSegment(e,n,r,true);writeFoldedLines(e,skipSeparationSpace(e,false,t));n=r=e.position}else if(e.position===e.lineStart&&testDocumentSeparator(e)){throwError(e,"unexpected end of the document within a double quoted scalar")}else{e.position++;if(!isWhiteSpace(o)){r=e.position}}}throwError(e,"unexpected end of the stream within a double quoted scalar")}function readFlowCollection(e,t){let n=true;let r;let i;let s;const a=e.tag;let l;const c=e.anchor;let u;let f;let d;let p;const h=Object.create(null);let m;let g;let y;let k=e.input.charCodeAt(e.position);if(k===91){u=93;p=false;l=[]}else if(k===123){u=125;p=true;l={}}else{return false}if(e.anchor!==null){storeAnchor(e,e.anchor,l)}k=e.input.charCodeAt(++e.position);while(k!==0){skipSeparationSpace(e,true,t);k=e.input.charCodeAt(e.position);if(k===u){e.position++;e.tag=a;e.anchor=c;e.kind=p?"mapping":"sequence";e.result=l;return true}else if(!n){throwError(e,"missed comma between flow collection entries")}else if(k===44){throwError(e,"expected the node content, but found ','")}g=m=y=null;f=d=false;if(k===63){const n=e.input.charCodeAt(e.position+1);if(isWsOrEol(n)){f=d=true;e.position++;skipSeparationSpace(e,true,t)}}r=e.line;i=e.lineStart;s=e.position;composeNode(e,t,o,false,true);g=e.tag;m=e.result;skipSeparationSpace(e,true,t);k=e.input.charCodeAt(e.position);if((d||e.line===r)&&k===58){f=true;k=e.input.charCodeAt(++e.position);skipSeparationSpace(e,true,t);composeNode(e,t,o,false,true);y=e.result}if(p){storeMappingPair(e,l,h,g,m,y,r,i,s)}else if(f){l.push(storeMappingPair(e,null,h,g,m,y,r,i,s))}else{l.push(m)}skipSeparationSpace(e,true,t);k=e.input.charCodeAt(e.position);if(k===44){n=true;k=e.input.charCodeAt(++e.position)}else{n=false}}throwError(e,"unexpected end of the stream within a flow collection")}function readBlockScalar(t,n){let r;let i=u;let o=false;let s=false;let a=n;let l=0;let c=false;let p;let h=t.input.charCodeAt(t.position);if(h===124){r=false}else if(h===62){r=true}else{return false}t.kind="scalar";t.result="";while(h!==0){h=t.input.charCodeAt(++t.position);if(h===43||h===45){if(u===i){i=h===43?d:f}else{throwError(t,"repeat of a chomping mode identifier")}}else if((p=fromDecimalCode(h))>=0){if(p===0){throwError(t,"bad explicit indentation width of a block scalar; it cannot be less than one")}else if(!s){a=n+p-1;s=true}else{throwError(t,"repeat of an indentation width identifier")}}else{break}}if(isWhiteSpace(h)){do{h=t.input.charCodeAt(++t.position)}while(isWhiteSpace(h));if(h===35){do{h=t.input.charCodeAt(++t.position)}while(!isEol(h)&&h!==0)}}while(h!==0){readLineBreak(t);t.lineIndent=0;h=t.input.charCodeAt(t.position);while((!s||t.lineIndent<a)&&h===32){t.lineIndent++;h=t.input.charCodeAt(++t.position)}if(!s&&t.lineIndent>a){a=t.lineIndent}if(isEol(h)){l++;continue}if(!s&&a===0){throwError(t,"missing indentation for block scalar")}if(t.lineIndent<a){if(i===d){t.result+=e.repeat("\n",o?1+l:l)}else if(i===u){if(o){t.result+="\n"}}break}if(r){if(isWhiteSpace(h)){c=true;t.result+=e.repeat("\n",o?1+l:l)}else if(c){c=false;t.result+=e.repeat("\n",l+1)}else if(l===0){if(o){t.result+=" "}}else{t.result+=e.repeat("\n",l)}}else{t.result+=e.repeat("\n",o?1+l:l)}o=true;s=true;l=0;const n=t.position;while(!isEol(h)&&h!==0){h=t.input.charCodeAt(++t.position)}captureSegment(t,n,t.position,false)}return true}function readBlockSequence(e,t){const n=e.tag;const r=e.anchor;const i=[];let o=false;if(e.firstTabInLine!==-1)return false;if(e.anchor!==null){storeAnchor(e,e.anchor,i)}let s=e.input.charCodeAt(e.position);while(s!==0){if(e.firstTabInLine!==-1){e.position=e.firstTabInLine;throwError(e,"tab characters must not be used in indentation")}if(s!==45){break}const n=e.input.charCodeAt(e.position+1);if(!isWsOrEol(n)){break}o=true;e.position++;if(skipSeparationSpace(e,true,-1)){if(e.lineIndent<=t){i.push(null);s=e.input.charCodeAt(e.position);continue}}const r=e.line;composeNode(e,t,l,false,true);i.push(e.result);skipSeparationSpace(e,true,-1);s=e.input.charCodeAt(e.position);if((e.line===r||e.lineIndent>t)&&s!==0){throwError(e,"bad indentation of a sequence entry")}else if(e.lineIndent<t){break}}if(o){e.tag=n;e.anchor=r;e.kind="sequence";e.result=i;return true}return false}function readBlockMapping(e,t,n){let r;let i;let o;let s;const l=e.tag;const u=e.anchor;const f={};const d=Object.create(null);let p=null;let h=null;let m=null;let g=false;let y=false;if(e.firstTabInLine!==-1)return false;if(e.anchor!==null){storeAnchor(e,e.anchor,f)}let k=e.input.charCodeAt(e.position);while(k!==0){if(!g&&e.firstTabInLine!==-1){e.position=e.firstTabInLine;throwError(e,"tab characters must not be used in indentation")}const b=e.input.charCodeAt(e.position+1);const w=e.line;if((k===63||k===58)&&isWsOrEol(b)){if(k===63){if(g){storeMappingPair(e,f,d,p,h,null,i,o,s);p=h=m=null}y=true;g=true;r=true}else if(g){g=false;r=true}else{throwError(e,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line")}e.position+=1;k=b}else{i=e.line;o=e.lineStart;s=e.position;if(!composeNode(e,n,a,false,true)){break}if(e.line===w){k=e.input.charCodeAt(e.position);while(isWhiteSpace(k)){k=e.input.charCodeAt(++e.position)}if(k===58){k=e.input.charCodeAt(++e.position);if(!isWsOrEol(k)){throwError(e,"a whitespace character is expected after the key-value separator within a block mapping")}if(g){storeMappingPair(e,f,d,p,h,null,i,o,s);p=h=m=null}y=true;g=false;r=false;p=e.tag;h=e.result}else if(y){throwError(e,"can not read an implicit mapping pair; a colon is missed")}else{e.tag=l;e.anchor=u;return true}}else if(y){throwError(e,"can not read a block mapping entry; a multiline key may not be an implicit key")}else{e.tag=l;e.anchor=u;return true}}if(e.line===w||e.lineIndent>t){if(g){i=e.line;o=e.lineStart;s=e.position}if(composeNode(e,t,c,true,r)){if(g){h=e.result}else{m=e.result}}if(!g){storeMappingPair(e,f,d,p,h,m,i,o,s);p=h=m=null}skipSeparationSpace(e,true,-1);k=e.input.charCodeAt(e.position)}if((e.line===w||e.lineIndent>t)&&k!==0){throwError(e,"bad indentation of a mapping entry")}else if(e.lineIndent<t){break}}if(g){storeMappingPair(e,f,d,p,h,null,i,o,s)}if(y){e.tag=l;e.anchor=u;e.kind="mapping";e.result=f}return y}function readTagProperty(e){let t=false;let n=false;let r;let o;let s=e.input.charCodeAt(e.position);if(s!==33)return false;if(e.tag!==null){throwError(e,"duplication of a tag property")}s=e.input.charCodeAt(++e.position);if(s===60){t=true;s=e.input.charCodeAt(++e.position)}else if(s===33){n=true;r="!!";s=e.input.charCodeAt(++e.position)}else{r="!"}let a=e.position;if(t){do{s=e.input.charCodeAt(++e.position)}while(s!==0&&s!==62);if(e.position<e.length){o=e.input.slice(a,e.position);s=e.input.charCodeAt(++e.position)}else{throwError(e,"unexpected end of the stream within a verbatim tag")}}else{while(s!==0&&!isWsOrEol(s)){if(s===33){if(!n){r=e.input.slice(a-1,e.position+1);if(!g.test(r)){throwError(e,"named tag handle cannot contain such characters")}n=true;a=e.position+1}else{throwError(e,"tag suffix cannot contain exclamation marks")}}s=e.input.charCodeAt(++e.position)}o=e.input.slice(a,e.position);if(m.test(o)){throwError(e,"tag suffix cannot contain flow indicator characters")}}if(o&&!y.test(o)){throwError(e,"tag name cannot contain such characters: "+o)}try{o=decodeURIComponent(o)}catch(t){throwError(e,"tag name is malformed: "+o)}if(t){e.tag=o}else if(i.call(e.tagMap,r)){e.tag=e.tagMap[r]+o}else if(r==="!"){e.tag="!"+o}else if(r==="!!"){e.tag="tag:yaml.org,2002:"+o}else{throwError(e,'undeclared tag handle "'+r+'"')}return true}function readAnchorProperty(e){let t=e.input.charCodeAt(e.position);if(t!==38)return false;if(e.anchor!==null){throwError(e,"duplication of an anchor property")}t=e.input.charCodeAt(++e.position);const n=e.position;while(t!==0&&!isWsOrEol(t)&&!isFlowIndicator(t)){t=e.input.charCodeAt(++e.position)}if(e.position===n){throwError(e,"name of an anchor node must contain at least one character")}e.anchor=e.input.slice(n,e.position);return true}function readAlias(e){let t=e.input.charCodeAt(e.position);if(t!==42)return false;t=e.input.charCodeAt(++e.position);const n=e.position;while(t!==0&&!isWsOrEol(t)&&!isFlowIndicator(t)){t=e.input.charCodeAt(++e.position)}if(e.position===n){throwError(e,"name of an alias node must contain at least one character")}const r=e.input.slice(n,e.position);if(!i.call(e.anchorMap,r)){throwError(e,'unidentified alias "'+r+'"')}e.result=e.anchorMap[r];skipSeparationSpace(e,true,-1);return true}function tryReadBlockMappingFromProperty(e,t,n,r){const i=snapshotState(e);beginAnchorTransaction(e);restoreState(e,t);e.tag=null;e.anchor=null;e.kind=null;e.result=null;if(readBlockMapping(e,n,r)&&e.kind==="mapping"){commitAnchorTransaction(e);return true}rollbackAnchorTransaction(e);restoreState(e,i);return false}function composeNode(e,t,n,r,s){let u;let f;let d=1;let p=false;let h=false;let m=null;let g;let y;let k;if(e.depth>=e.maxDepth){throwError(e,"nesting exceeded maxDepth ("+e.maxDepth+")")}e.depth+=1;if(e.listener!==null){e.listener("open",e)}e.tag=null;e.anchor=null;e.kind=null;e.result=null;const b=u=f=c===n||l===n;if(r){if(skipSeparationSpace(e,true,-1)){p=true;if(e.lineIndent>t){d=1}else if(e.lineIndent===t){d=0}else if(e.lineIndent<t){d=-1}}}if(d===1){while(true){const n=e.input.charCodeAt(e.position);const r=snapshotState(e);if(p&&(n===33&&e.tag!==null||n===38&&e.anchor!==null)){break}if(!readTagProperty(e)&&!readAnchorProperty(e)){break}if(m===null){m=r}if(skipSeparationSpace(e,true,-1)){p=true;f=b;if(e.lineIndent>t){d=1}else if(e.lineIndent===t){d=0}else if(e.lineIndent<t){d=-1}}else{f=false}}}if(f){f=p||s}if(d===1||c===n){if(o===n||a===n){y=t}else{y=t+1}k=e.position-e.lineStart;if(d===1){if(f&&(readBlockSequence(e,k)||readBlockMapping(e,k,y))||readFlowCollection(e,y)){h=true}else{const t=e.input.charCodeAt(e.position);if(m!==null&&b&&!f&&t!==124&&t!==62&&tryReadBlockMappingFromProperty(e,m,m.position-m.lineStart,y)){h=true}else if(u&&readBlockScalar(e,y)||readSingleQuotedScalar(e,y)||readDoubleQuotedScalar(e,y)){h=true}else if(readAlias(e)){h=true;if(e.tag!==null||e.anchor!==null){throwError(e,"alias node should not have any properties")}}else if(readPlainScalar(e,y,o===n)){h=true;if(e.tag===null){e.tag="?"}}if(e.anchor!==null){storeAnchor(e,e.anchor,e.result)}}}else if(d===0){h=f&&readBlockSequence(e,k)}}if(e.tag===null){if(e.anchor!==null){storeAnchor(e,e.anchor,e.result)}}else if(e.tag==="?"){if(e.result!==null&&e.kind!=="scalar"){throwError(e,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+e.kind+'"')}for(let t=0,n=e.implicitTypes.length;t<n;t+=1){g=e.implicitTypes[t];if(g.resolve(e.result)){e.result=g.construct(e.result);e.tag=g.tag;if(e.anchor!==null){storeAnchor(e,e.anchor,e.result)}break}}}else if(e.tag!=="!"){if(i.call(e.typeMap[e.kind||"fallback"],e.tag)){g=e.typeMap[e.kind||"fallback"][e.tag]}else{g=null;const t=e.typeMap.multi[e.kind||"fallback"];for(let n=0,r=t.length;n<r;n+=1){if(e.tag.slice(0,t[n].tag.length)===t[n].tag){g=t[n];break}}}if(!g){throwError(e,"unknown tag !<"+e.tag+">")}if(e.result!==null&&g.kind!==e.kind){throwError(e,"unacceptable node kind for !<"+e.tag+'> tag; it should be "'+g.kind+'", not "'+e.kind+'"')}if(!g.resolve(e.result,e.tag)){throwError(e,"cannot resolve a node with !<"+e.tag+"> explicit tag")}else{e.result=g.construct(e.result,e.tag);if(e.anchor!==null){storeAnchor(e,e.anchor,e.result)}}}if(e.listener!==null){e.listener("close",e)}e.depth-=1;return e.tag!==null||e.anchor!==null||h}function readDocument(e){const t=e.position;let n=false;let r;e.version=null;e.checkLineBreaks=e.legacy;e.tagMap=Object.create(null);e.anchorMap=Object.create(null);while((r=e.input.charCodeAt(e.position))!==0){skipSeparationSpace(e,true,-1);r=e.input.charCodeAt(e.position);if(e.lineIndent>0||r!==37){break}n=true;r=e.input.charCodeAt(++e.position);let t=e.position;while(r!==0&&!isWsOrEol(r)){r=e.input.charCodeAt(++e.position)}const o=e.input.slice(t,e.position);const s=[];if(o.length<1){throwError(e,"directive name must not be less than one character in length")}while(r!==0){while(isWhiteSpace(r)){r=e.input.charCodeAt(++e.position)}if(r===35){do{r=e.input.charCodeAt(++e.position)}while(r!==0&&!isEol(r));break}if(isEol(r))break;t=e.position;while(r!==0&&!isWsOrEol(r)){r=e.input.charCodeAt(++e.position)}s.push(e.input.slice(t,e.position))}if(r!==0)readLineBreak(e);if(i.call(w,o)){w[o](e,o,s)}else{throwWarning(e,'unknown document directive "'+o+'"')}}skipSeparationSpace(e,true,-1);if(e.lineIndent===0&&e.input.charCodeAt(e.position)===45&&e.input.charCodeAt(e.position+1)===45&&e.input.charCodeAt(e.position+2)===45){e.position+=3;skipSeparationSpace(e,true,-1)}else if(n){throwError(e,"directives end mark is expected")}composeNode(e,e.lineIndent-1,c,false,true);skipSeparationSpace(e,true,-1);if(e.checkLineBreaks&&h.test(e.input.slice(t,e.position))){throwWarning(e,"non-ASCII line breaks are interpreted as content")}e.documents.push(e.result);if(e.position===e.lineStart&&testDocumentSeparator(e)){if(e.input.charCodeAt(e.position)===46){e.position+=3;skipSeparationSpace(e,true,-1)}return}if(e.position<e.length-1){throwError(e,"end of the stream or a document separator is expected")}}function loadDocuments(e,t){e=String(e);t=t||{};if(e.length!==0){if(e.charCodeAt(e.length-1)!==10&&e.charCodeAt(e.length-1)!==13){e+="\n"}if(e.charCodeAt(0)===65279){e=e.slice(1)}}const n=new State(e,t);const r=e.indexOf("\0");if(r!==-1){n.position=r;throwError(n,"null byte is not allowed in input")}n.input+="\0";while(n.input.charCodeAt(n.position)===32){n.lineIndent+=1;n.position+=1}while(n.position<n.length-1){readDocument(n)}return n.documents}function loadAll2(e,t,n){if(t!==null&&typeof t==="object"&&typeof n==="undefined"){n=t;t=null}const r=loadDocuments(e,n);if(typeof t!=="function"){return r}for(let e=0,n=r.length;e<n;e+=1){t(r[e])}}function load2(e,n){const r=loadDocuments(e,n);if(r.length===0){return void 0}else if(r.length===1){return r[0]}throw new t("expected a single document in the stream, but found more")}s.loadAll=loadAll2;s.load=load2;return s}var Z={};var X;function requireDumper(){if(X)return Z;X=1;const e=requireCommon();const t=requireException();const n=require_default();const r=Object.prototype.toString;const i=Object.prototype.hasOwnProperty;const o=65279;const s=9;const a=10;const l=13;const c=32;const u=33;const f=34;const d=35;const p=37;const h=38;const m=39;const g=42;const y=44;const k=45;const b=58;const w=61;const x=62;const v=63;const S=64;const A=91;const C=93;const E=96;const T=123;const O=124;const L=125;const I={};I[0]="\\0";I[7]="\\a";I[8]="\\b";I[9]="\\t";I[10]="\\n";I[11]="\\v";I[12]="\\f";I[13]="\\r";I[27]="\\e";I[34]='\\"';I[92]="\\\\";I[133]="\\N";I[160]="\\_";I[8232]="\\L";I[8233]="\\P";const N=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"];const _=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function compileStyleMap(e,t){if(t===null)return{};const n={};const r=Object.keys(t);for(let o=0,s=r.length;o<s;o+=1){let s=r[o];let a=String(t[s]);if(s.slice(0,2)==="!!"){s="tag:yaml.org,2002:"+s.slice(2)}const l=e.compiledTypeMap["fallback"][s];if(l&&i.call(l.styleAliases,a)){a=l.styleAliases[a]}n[s]=a}return n}function encodeHex(n){let r;let i;const o=n.toString(16).toUpperCase();if(n<=255){r="x";i=2}else if(n<=65535){r="u";i=4}else if(n<=4294967295){r="U";i=8}else{throw new t("code point within a string may not be greater than 0xFFFFFFFF")}return"\\"+r+e.repeat("0",i-o.length)+o}const P=1;const R=2;function State(t){this.schema=t["schema"]||n;this.indent=Math.max(1,t["indent"]||2);this.noArrayIndent=t["noArrayIndent"]||false;this.skipInvalid=t["skipInvalid"]||false;this.flowLevel=e.isNothing(t["flowLevel"])?-1:t["flowLevel"];this.styleMap=compileStyleMap(this.schema,t["styles"]||null);this.sortKeys=t["sortKeys"]||false;this.lineWidth=t["lineWidth"]||80;this.noRefs=t["noRefs"]||false;this.noCompatMode=t["noCompatMode"]||false;this.condenseFlow=t["condenseFlow"]||false;this.quotingType=t["quotingType"]==='"'?R:P;this.forceQuotes=t["forceQuotes"]||false;this.replacer=typeof t["replacer"]==="function"?t["replacer"]:null;this.implicitTypes=this.schema.compiledImplicit;this.explicitTypes=this.schema.compiledExplicit;this.tag=null;this.result="";this.duplicates=[];this.usedDuplicates=null}function indentString(t,n){const r=e.repeat(" ",n);let i=0;let o="";const s=t.length;while(i<s){let e;const n=t.indexOf("\n",i);if(n===-1){e=t.slice(i);i=s}else{e=t.slice(i,n+1);i=n+1}if(e.length&&e!=="\n")o+=r;o+=e}return o}function generateNextLine(t,n){return"\n"+e.repeat(" ",t.indent*n)}function testImplicitResolving(e,t){for(let n=0,r=e.implicitTypes.length;n<r;n+=1){const r=e.implicitTypes[n];if(r.resolve(t)){return true}}return false}function isWhitespace(e){return e===c||e===s}function isPrintable(e){return e>=32&&e<=126||e>=161&&e<=55295&&e!==8232&&e!==8233||e>=57344&&e<=65533&&e!==o||e>=65536&&e<=1114111}function isNsCharOrWhitespace(e){return isPrintable(e)&&e!==o&&e!==l&&e!==a}function isPlainSafe(e,t,n){const r=isNsCharOrWhitespace(e);const i=r&&!isWhitespace(e);return(n?r:r&&e!==y&&e!==A&&e!==C&&e!==T&&e!==L)&&e!==d&&!(t===b&&!i)||isNsCharOrWhitespace(t)&&!isWhitespace(t)&&e===d||t===b&&i}function isPlainSafeFirst(e){return isPrintable(e)&&e!==o&&!isWhitespace(e)&&e!==k&&e!==v&&e!==b&&e!==y&&e!==A&&e!==C&&e!==T&&e!==L&&e!==d&&e!==h&&e!==g&&e!==u&&e!==O&&e!==w&&e!==x&&e!==m&&e!==f&&e!==p&&e!==S&&e!==E}function isPlainSafeLast(e){return!isWhitespace(e)&&e!==b}function codePointAt(e,t){const n=e.charCodeAt(t);let r;if(n>=55296&&n<=56319&&t+1<e.length){r=e.charCodeAt(t+1);if(r>=56320&&r<=57343){return(n-55296)*1024+r-56320+65536}}return n}function needIndentIndicator(e){const t=/^\n* /;return t.test(e)}const D=1;const $=2;const M=3;const F=4;const j=5;function chooseScalarStyle(e,t,n,r,i,o,s,l){let c;let u=0;let f=null;let d=false;let p=false;const h=r!==-1;let m=-1;let g=isPlainSafeFirst(codePointAt(e,0))&&isPlainSafeLast(codePointAt(e,e.length-1));if(t||s){for(c=0;c<e.length;u>=65536?c+=2:c++){u=codePointAt(e,c);if(!isPrintable(u)){return j}g=g&&isPlainSafe(u,f,l);f=u}}else{for(c=0;c<e.length;u>=65536?c+=2:c++){u=codePointAt(e,c);if(u===a){d=true;if(h){p=p||c-m-1>r&&e[m+1]!==" ";m=c}}else if(!isPrintable(u)){return j}g=g&&isPlainSafe(u,f,l);f=u}p=p||h&&(c-m-1>r&&e[m+1]!==" ")}if(!d&&!p){if(g&&!s&&!i(e)){return D}return o===R?j:$}if(n>9&&needIndentIndicator(e)){return j}if(!s){return p?F:M}return o===R?j:$}function writeScalar(e,n,r,i,o){e.dump=function(){if(n.length===0){return e.quotingType===R?'""':"''"}if(!e.noCompatMode){if(N.indexOf(n)!==-1||_.test(n)){return e.quotingType===R?'"'+n+'"':"'"+n+"'"}}const s=e.indent*Math.max(1,r);const a=e.lineWidth===-1?-1:Math.max(Math.min(e.lineWidth,40),e.lineWidth-s);const l=i||e.flowLevel>-1&&r>=e.flowLevel;function testAmbiguity(t){return testImplicitResolving(e,t)}switch(chooseScalarStyle(n,l,e.indent,a,testAmbiguity,e.quotingType,e.forceQuotes&&!i,o)){case D:return n;case $:return"'"+n.replace(/'/g,"''")+"'";case M:return"|"+blockHeader(n,e.indent)+dropEndingNewline(indentString(n,s));case F:return">"+blockHeader(n,e.indent)+dropEndingNewline(indentString(foldString(n,a),s));case j:return'"'+escapeString(n)+'"';default:throw new t("impossible error: invalid scalar style")}}()}function blockHeader(e,t){const n=needIndentIndicator(e)?String(t):"";const r=e[e.length-1]==="\n";const i=r&&(e[e.length-2]==="\n"||e==="\n");const o=i?"+":r?"":"-";return n+o+"\n"}function dropEndingNewline(e){return e[e.length-1]==="\n"?e.slice(0,-1):e}function foldString(e,t){const n=/(\n+)([^\n]*)/g;let r=function(){let r=e.indexOf("\n");r=r!==-1?r:e.length;n.lastIndex=r;return foldLine(e.slice(0,r),t)}();let i=e[0]==="\n"||e[0]===" ";let o;let s;while(s=n.exec(e)){const e=s[1];const n=s[2];o=n[0]===" ";r+=e+(!i&&!o&&n!==""?"\n":"")+foldLine(n,t);i=o}return r}function foldLine(e,t){if(e===""||e[0]===" ")return e;const n=/ [^ ]/g;let r;let i=0;let o;let s=0;let a=0;let l="";while(r=n.exec(e)){a=r.index;if(a-i>t){o=s>i?s:a;l+="\n"+e.slice(i,o);i=o+1}s=a}l+="\n";if(e.length-i>t&&s>i){l+=e.slice(i,s)+"\n"+e.slice(s+1)}else{l+=e.slice(i)}return l.slice(1)}function escapeString(e){let t="";let n=0;for(let r=0;r<e.length;n>=65536?r+=2:r++){n=codePointAt(e,r);const i=I[n];if(!i&&isPrintable(n)){t+=e[r];if(n>=65536)t+=e[r+1]}else{t+=i||encodeHex(n)}}return t}function writeFlowSequence(e,t,n){let r="";const i=e.tag;for(let i=0,o=n.length;i<o;i+=1){let o=n[i];if(e.replacer){o=e.replacer.call(n,String(i),o)}if(writeNode(e,t,o,false,false)||typeof o==="undefined"&&writeNode(e,t,null,false,false)){if(r!=="")r+=","+(!e.condenseFlow?" ":"");r+=e.dump}}e.tag=i;e.dump="["+r+"]"}function writeBlockSequence(e,t,n,r){let i="";const o=e.tag;for(let o=0,s=n.length;o<s;o+=1){let s=n[o];if(e.replacer){s=e.replacer.call(n,String(o),s)}if(writeNode(e,t+1,s,true,true,false,true)||typeof s==="undefined"&&writeNode(e,t+1,null,true,true,false,true)){if(!r||i!==""){i+=generateNextLine(e,t)}if(e.dump&&a===e.dump.charCodeAt(0)){i+="-"}else{i+="- "}i+=e.dump}}e.tag=o;e.dump=i||"[]"}function writeFlowMapping(e,t,n){let r="";const i=e.tag;const o=Object.keys(n);for(let i=0,s=o.length;i<s;i+=1){let s="";if(r!=="")s+=", ";if(e.condenseFlow)s+='"';const a=o[i];let l=n[a];if(e.replacer){l=e.replacer.call(n,a,l)}if(!writeNode(e,t,a,false,false)){continue}if(e.dump.length>1024)s+="? ";s+=e.dump+(e.condenseFlow?'"':"")+":"+(e.condenseFlow?"":" ");if(!writeNode(e,t,l,false,false)){continue}s+=e.dump;r+=s}e.tag=i;e.dump="{"+r+"}"}function writeBlockMapping(e,n,r,i){let o="";const s=e.tag;const l=Object.keys(r);if(e.sortKeys===true){l.sort()}else if(typeof e.sortKeys==="function"){l.sort(e.sortKeys)}else if(e.sortKeys){throw new t("sortKeys must be a boolean or a function")}for(let t=0,s=l.length;t<s;t+=1){let s="";if(!i||o!==""){s+=generateNextLine(e,n)}const c=l[t];let u=r[c];if(e.replacer){u=e.replacer.call(r,c,u)}if(!writeNode(e,n+1,c,true,true,true)){continue}const f=e.tag!==null&&e.tag!=="?"||e.dump&&e.dump.length>1024;if(f){if(e.dump&&a===e.dump.charCodeAt(0)){s+="?"}else{s+="? "}}s+=e.dump;if(f){s+=generateNextLine(e,n)}if(!writeNode(e,n+1,u,true,f)){continue}if(e.dump&&a===e.dump.charCodeAt(0)){s+=":"}else{s+=": "}s+=e.dump;o+=s}e.tag=s;e.dump=o||"{}"}function detectType(e,n,o){const s=o?e.explicitTypes:e.implicitTypes;for(let a=0,l=s.length;a<l;a+=1){const l=s[a];if((l.instanceOf||l.predicate)&&(!l.instanceOf||typeof n==="object"&&n instanceof l.instanceOf)&&(!l.predicate||l.predicate(n))){if(o){if(l.multi&&l.representName){e.tag=l.representName(n)}else{e.tag=l.tag}}else{e.tag="?"}if(l.represent){const o=e.styleMap[l.tag]||l.defaultStyle;let s;if(r.call(l.represent)==="[object Function]"){s=l.represent(n,o)}else if(i.call(l.represent,o)){s=l.represent[o](n,o)}else{throw new t("!<"+l.tag+'> tag resolver accepts not "'+o+'" style')}e.dump=s}return true}}return false}function writeNode(e,n,i,o,s,a,l){e.tag=null;e.dump=i;if(!detectType(e,i,false)){detectType(e,i,true)}const c=r.call(e.dump);const u=o;if(o){o=e.flowLevel<0||e.flowLevel>n}const f=c==="[object Object]"||c==="[object Array]";let d;let p;if(f){d=e.duplicates.indexOf(i);p=d!==-1}if(e.tag!==null&&e.tag!=="?"||p||e.indent!==2&&n>0){s=false}if(p&&e.usedDuplicates[d]){e.dump="*ref_"+d}else{if(f&&p&&!e.usedDuplicates[d]){e.usedDuplicates[d]=true}if(c==="[object Object]"){if(o&&Object.keys(e.dump).length!==0){writeBlockMapping(e,n,e.dump,s);if(p){e.dump="&ref_"+d+e.dump}}else{writeFlowMapping(e,n,e.dump);if(p){e.dump="&ref_"+d+" "+e.dump}}}else if(c==="[object Array]"){if(o&&e.dump.length!==0){if(e.noArrayIndent&&!l&&n>0){writeBlockSequence(e,n-1,e.dump,s)}else{writeBlockSequence(e,n,e.dump,s)}if(p){e.dump="&ref_"+d+e.dump}}else{writeFlowSequence(e,n,e.dump);if(p){e.dump="&ref_"+d+" "+e.dump}}}else if(c==="[object String]"){if(e.tag!=="?"){writeScalar(e,e.dump,n,a,u)}}else if(c==="[object Undefined]"){return false}else{if(e.skipInvalid)return false;throw new t("unacceptable kind of an object to dump "+c)}if(e.tag!==null&&e.tag!=="?"){let t=encodeURI(e.tag[0]==="!"?e.tag.slice(1):e.tag).replace(/!/g,"%21");if(e.tag[0]==="!"){t="!"+t}else if(t.slice(0,18)==="tag:yaml.org,2002:"){t="!!"+t.slice(18)}else{t="!<"+t+">"}e.dump=t+" "+e.dump}}return true}function getDuplicateReferences(e,t){const n=[];const r=[];inspectNode(e,n,r);const i=r.length;for(let e=0;e<i;e+=1){t.duplicates.push(n[r[e]])}t.usedDuplicates=new Array(i)}function inspectNode(e,t,n){if(e!==null&&typeof e==="object"){const r=t.indexOf(e);if(r!==-1){if(n.indexOf(r)===-1){n.push(r)}}else{t.push(e);if(Array.isArray(e)){for(let r=0,i=e.length;r<i;r+=1){inspectNode(e[r],t,n)}}else{const r=Object.keys(e);for(let i=0,o=r.length;i<o;i+=1){inspectNode(e[r[i]],t,n)}}}}}function dump2(e,t){t=t||{};const n=new State(t);if(!n.noRefs)getDuplicateReferences(e,n);let r=e;if(n.replacer){r=n.replacer.call({"":r},"",r)}if(writeNode(n,0,r,true,true))return n.dump+"\n";return""}Z.dump=dump2;return Z}var ee;function requireJsYaml(){if(ee)return o;ee=1;const e=requireLoader();const t=requireDumper();function renamed(e,t){return function(){throw new Error("Function yaml."+e+" is removed in js-yaml 4. Use yaml."+t+" instead, which is now safe by default.")}}o.Type=requireType();o.Schema=requireSchema();o.FAILSAFE_SCHEMA=requireFailsafe();o.JSON_SCHEMA=requireJson();o.CORE_SCHEMA=requireCore();o.DEFAULT_SCHEMA=require_default();o.load=e.load;o.loadAll=e.loadAll;o.dump=t.dump;o.YAMLException=requireException();o.types={binary:requireBinary(),float:requireFloat(),map:requireMap(),null:require_null(),pairs:requirePairs(),set:requireSet(),timestamp:requireTimestamp(),bool:requireBool(),int:requireInt(),merge:requireMerge(),omap:requireOmap(),seq:requireSeq(),str:requireStr()};o.safeLoad=renamed("safeLoad","load");o.safeLoadAll=renamed("safeLoadAll","loadAll");o.safeDump=renamed("safeDump","dump");return o}var te=requireJsYaml();const ne=getDefaultExportFromCjs(te);const{Type:re,Schema:ie,FAILSAFE_SCHEMA:oe,JSON_SCHEMA:se,CORE_SCHEMA:ae,DEFAULT_SCHEMA:le,load:ce,loadAll:ue,dump:fe,YAMLException:de,types:pe,safeLoad:he,safeLoadAll:me,safeDump:ge}=ne;var ye=n(7433);const ke=new Set(["js","javascript","coffee","coffeescript","cson"]);const be=100;function parseFrontmatter(e,t={}){const n=locateFrontmatter(e);if(!n.found)return n;const{frontmatter:r}=n;if(r.errors.length>0)return n;const[i,o]=r.contentRange;const s=e.text.slice(i,o);if(r.format==="yaml"){parseYaml(e,s,i,r);if(t.lenientYaml&&r.errors.length>0&&r.errors.every(e=>e.kind==="syntax"))readLeniently(e,s,i,r)}else if(r.format==="toml")parseTomlBlock(e,s,i,r);else parseJsonBlock(e,s,i,r);return n}function locateFrontmatter(e){const{text:t}=e;const n=lineEnd(t,0);const r=t.slice(0,n).replace(/\r$/,"");const i=/^(---|\+\+\+)[ \t]*([^\s]*)[ \t]*$/.exec(r);if(!i)return{found:false};const o=i[1];const s=i[2].toLowerCase();const a=o==="+++"?"toml":s===""||s==="yaml"||s==="yml"?"yaml":s==="toml"?"toml":s==="json"?"json":undefined;const l=Math.min(n+1,t.length);const c=findClosingFence(t,l,o);const u={format:a??"yaml",range:[0,c?c.end:t.length],contentRange:[l,c?c.start:t.length],closeLine:c?(0,ye.t$)(e,c.start).line:0,data:{},entries:[],errors:[]};if(ke.has(s)){u.errors.push({kind:"executable",detail:s,line:1,column:4});return{found:true,frontmatter:u}}if(!a){u.errors.push({kind:"unknown-language",detail:s,line:1,column:4});return{found:true,frontmatter:u}}if(!c)u.errors.push({kind:"unclosed",detail:o,line:1,column:1});return{found:true,frontmatter:u}}function lineEnd(e,t){const n=e.indexOf("\n",t);return n===-1?e.length:n}function findClosingFence(e,t,n){const r=n==="---"?["---","..."]:[n];let i=t;while(i<e.length){const t=lineEnd(e,i);const n=e.slice(i,t).replace(/\r$/,"").replace(/[ \t]+$/,"");if(r.includes(n))return{start:i,end:Math.min(t+1,e.length)};i=t+1}return undefined}function parseYaml(e,t,n,i){const o=(0,r.Tp)(t,{uniqueKeys:true,prettyErrors:false,keepSourceTokens:false});i.yamlDocument=o;const s=n+Math.max(0,t.replace(/\r?\n$/,"").length-1);for(const r of o.errors){const{line:o,column:a}=(0,ye.t$)(e,Math.min(n+(r.pos[0]??0),s));const l=r.code==="DUPLICATE_KEY";i.errors.push({kind:l?"duplicate-key":"syntax",detail:l?duplicateKeyName(t,r.pos[0]):firstLine(r.message),line:o,column:a})}if(o.errors.length>0)return;const a=o.contents;if(a===null||(0,r.jn)(a)&&(a.value===null||a.value===""))return;if(!(0,r.jh)(a)){const{line:t,column:o}=(0,ye.t$)(e,n+(a.range?.[0]??0));i.errors.push({kind:"not-a-mapping",detail:(0,r.oP)(a)?"list":"scalar",line:t,column:o});return}let l;try{l=o.toJS({maxAliasCount:be})}catch(e){i.errors.push({kind:"syntax",detail:firstLine(e.message),line:2,column:1});return}i.data=l??{};for(const t of a.items){const o=t.key;if(!o||!o.range)continue;const s=String((0,r.jn)(o)?o.value:o.toString());const a=t.value??null;const l=[n+o.range[0],n+o.range[1]];const{line:c,column:u}=(0,ye.t$)(e,l[0]);const f={key:s,value:i.data[s],line:c,column:u,keyRange:l,yamlNode:a};if(a?.range)f.valueRange=[n+a.range[0],n+a.range[1]];i.entries.push(f)}}function readLeniently(e,t,n,r){if(/[&*]/.test(t))return;let i;try{i=ne.load(t,{schema:ne.CORE_SCHEMA,json:true})}catch{return}if(i!==null&&i!==undefined&&(typeof i!=="object"||Array.isArray(i)))return;r.errors=[];r.yamlDocument=undefined;r.lenient=true;r.data=i??{};r.entries=[];let o=0;for(const i of t.split("\n")){const t=topLevelKey(i);if(t!==undefined&&Object.prototype.hasOwnProperty.call(r.data,t.name)){const i=n+o+t.start;const{line:s,column:a}=(0,ye.t$)(e,i);r.entries.push({key:t.name,value:r.data[t.name],line:s,column:a,keyRange:[i,i+t.length]})}o+=i.length+1}}function topLevelKey(e){const t=e[0];if(t===undefined||t===" "||t==="\t"||t==="#"||t==="-"||t==="\r")return undefined;if(t==='"'||t==="'"){const n=e.indexOf(t,1);if(n===-1||e[n+1]!==":")return undefined;return{name:e.slice(1,n),start:0,length:n+1}}let n=e.indexOf(":");while(n!==-1&&!(n+1===e.length||e[n+1]===" "||e[n+1]==="\t"||e[n+1]==="\r"))n=e.indexOf(":",n+1);if(n<=0)return undefined;const r=e.slice(0,n).trimEnd();return{name:r,start:0,length:r.length}}function isQuotedValue(e){const t=e?.yamlNode;return!!t&&(0,r.jn)(t)&&(t.type==="QUOTE_DOUBLE"||t.type==="QUOTE_SINGLE")}function duplicateKeyName(e,t){const n=/^\s*("[^"]*"|'[^']*'|[^:\n]+?)\s*:/.exec(e.slice(t));return n?n[1].replace(/^["']|["']$/g,""):""}function parseTomlBlock(e,t,n,r){let o;try{o=(0,i.qg)(t)}catch(o){if(o instanceof i.zx){const i=(0,ye.t$)(e,n).line+o.line-1;const s=firstLine(o.message.replace(/^Invalid TOML document: /,""));const a=/already|overwrite|redefin/i.test(s);const l=/^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)[ \t]*=/.exec(t.split("\n")[o.line-1]??"");const c=a&&l?l[1].replace(/^["']|["']$/g,""):s;r.errors.push({kind:a?"duplicate-key":"syntax",detail:c,line:i,column:o.column})}else{r.errors.push({kind:"syntax",detail:firstLine(String(o)),line:2,column:1})}return}r.data=normalizeTomlDates(o);const s=/^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)[ \t]*=[ \t]*(.*?)[ \t]*\r?$/;let a=n;for(const n of t.split("\n")){if(/^[ \t]*\[/.test(n))break;const t=s.exec(n);if(t){const s=t[1].replace(/^["']|["']$/g,"");const l=a+n.indexOf(t[1]);const c=a+n.length-n.replace(/^.*?=[ \t]*/,"").length;const{line:u,column:f}=(0,ye.t$)(e,l);if(o[s]instanceof i.PJ)r.data[s]=t[2].replace(/^["']|["']$/g,"");r.entries.push({key:s,value:r.data[s],line:u,column:f,keyRange:[l,l+t[1].length],valueRange:[c,c+t[2].length]})}a+=n.length+1}}function normalizeTomlDates(e){if(e instanceof i.PJ)return e.toISOString();if(Array.isArray(e))return e.map(normalizeTomlDates);if(e&&typeof e==="object"){return Object.fromEntries(Object.entries(e).map(([e,t])=>[e,normalizeTomlDates(t)]))}return e}function parseJsonBlock(e,t,n,r){if(t.trim()==="")return;try{JSON.parse(t)}catch(i){const o=i.message;const s=/position (\d+)/.exec(o);const a=/line (\d+) column (\d+)/.exec(o);let l=n;if(s)l=n+Number(s[1]);else if(a)l=n+(t.split("\n").slice(0,Number(a[1])-1).join("\n").length+1)+Number(a[2])-1;else l=n+t.replace(/\s+$/,"").length-1;const{line:c,column:u}=(0,ye.t$)(e,l);r.errors.push({kind:"syntax",detail:o.split(/, "|\n/)[0].trim(),line:c,column:u});return}parseYaml(e,t,n,r)}function firstLine(e){return e.split("\n")[0].trim()}},7309:(t,n,r)=>{r.d(n,{FK:()=>buildReport,MO:()=>createEnvironment,Xc:()=>fixText,ji:()=>lintFiles,Zf:()=>readForFix,_S:()=>selectPosts});var i={};r.r(i);r.d(i,{attentionMarkers:()=>le,contentInitial:()=>ne,disable:()=>ce,document:()=>te,flow:()=>ie,flowInitial:()=>re,insideSpan:()=>ae,string:()=>oe,text:()=>se});var o=r(6760);var s=r.n(o);var a=r(6045);var l=r(1869);function splice(e,t,n,r){const i=e.length;let o=0;let s;if(t<0){t=-t>i?0:i+t}else{t=t>i?i:t}n=n>0?n:0;if(r.length<1e4){s=Array.from(r);s.unshift(t,n);e.splice(...s)}else{if(n)e.splice(t,n);while(o<r.length){s=r.slice(o,o+1e4);s.unshift(t,0);e.splice(...s);o+=1e4;t+=1e4}}}function push(e,t){if(e.length>0){splice(e,e.length,0,t);return e}return t}class SpliceBuffer{constructor(e){this.left=e?[...e]:[];this.right=[]}get(e){if(e<0||e>=this.left.length+this.right.length){throw new RangeError("Cannot access index `"+e+"` in a splice buffer of size `"+(this.left.length+this.right.length)+"`")}if(e<this.left.length)return this.left[e];return this.right[this.right.length-e+this.left.length-1]}get length(){return this.left.length+this.right.length}shift(){this.setCursor(0);return this.right.pop()}slice(e,t){const n=t===null||t===undefined?Number.POSITIVE_INFINITY:t;if(n<this.left.length){return this.left.slice(e,n)}if(e>this.left.length){return this.right.slice(this.right.length-n+this.left.length,this.right.length-e+this.left.length).reverse()}return this.left.slice(e).concat(this.right.slice(this.right.length-n+this.left.length).reverse())}splice(e,t,n){const r=t||0;this.setCursor(Math.trunc(e));const i=this.right.splice(this.right.length-r,Number.POSITIVE_INFINITY);if(n)chunkedPush(this.left,n);return i.reverse()}pop(){this.setCursor(Number.POSITIVE_INFINITY);return this.left.pop()}push(e){this.setCursor(Number.POSITIVE_INFINITY);this.left.push(e)}pushMany(e){this.setCursor(Number.POSITIVE_INFINITY);chunkedPush(this.left,e)}unshift(e){this.setCursor(0);this.right.push(e)}unshiftMany(e){this.setCursor(0);chunkedPush(this.right,e.reverse())}setCursor(e){if(e===this.left.length||e>this.left.length&&this.right.length===0||e<0&&this.left.length===0)return;if(e<this.left.length){const t=this.left.splice(e,Number.POSITIVE_INFINITY);chunkedPush(this.right,t.reverse())}else{const t=this.right.splice(this.left.length+this.right.length-e,Number.POSITIVE_INFINITY);chunkedPush(this.left,t.reverse())}}}function chunkedPush(e,t){let n=0;if(t.length<1e4){e.push(...t)}else{while(n<t.length){e.push(...t.slice(n,n+1e4));n+=1e4}}}function subtokenize(e){const t={};let n=-1;let r;let i;let o;let s;let a;let l;let c;const u=new SpliceBuffer(e);while(++n<u.length){while(n in t){n=t[n]}r=u.get(n);if(n&&r[1].type==="chunkFlow"&&u.get(n-1)[1].type==="listItemPrefix"){l=r[1]._tokenizer.events;o=0;if(o<l.length&&l[o][1].type==="lineEndingBlank"){o+=2}if(o<l.length&&l[o][1].type==="content"){while(++o<l.length){if(l[o][1].type==="content"){break}if(l[o][1].type==="chunkText"){l[o][1]._isInFirstContentOfListItem=true;o++}}}}if(r[0]==="enter"){if(r[1].contentType){Object.assign(t,subcontent(u,n));n=t[n];c=true}}else if(r[1]._container){o=n;i=undefined;while(o--){s=u.get(o);if(s[1].type==="lineEnding"||s[1].type==="lineEndingBlank"){if(s[0]==="enter"){if(i){u.get(i)[1].type="lineEndingBlank"}s[1].type="lineEnding";i=o}}else if(s[1].type==="linePrefix"||s[1].type==="listItemIndent"){}else{break}}if(i){r[1].end={...u.get(i)[1].start};a=u.slice(i,n);a.unshift(r);u.splice(i,n-i+1,a)}}}splice(e,0,Number.POSITIVE_INFINITY,u.slice(0));return!c}function subcontent(e,t){const n=e.get(t)[1];const r=e.get(t)[2];let i=t-1;const o=[];let s=n._tokenizer;if(!s){s=r.parser[n.contentType](n.start);if(n._contentTypeTextTrailing){s._contentTypeTextTrailing=true}}const a=s.events;const l=[];const c={};let u;let f;let d=-1;let p=n;let h=0;let m=0;const g=[m];while(p){while(e.get(++i)[1]!==p){}o.push(i);if(!p._tokenizer){u=r.sliceStream(p);if(!p.next){u.push(null)}if(f){s.defineSkip(p.start)}if(p._isInFirstContentOfListItem){s._gfmTasklistFirstContentOfListItem=true}s.write(u);if(p._isInFirstContentOfListItem){s._gfmTasklistFirstContentOfListItem=undefined}}f=p;p=p.next}p=n;while(++d<a.length){if(a[d][0]==="exit"&&a[d-1][0]==="enter"&&a[d][1].type===a[d-1][1].type&&a[d][1].start.line!==a[d][1].end.line){m=d+1;g.push(m);p._tokenizer=undefined;p.previous=undefined;p=p.next}}s.events=[];if(p){p._tokenizer=undefined;p.previous=undefined}else{g.pop()}d=g.length;while(d--){const t=a.slice(g[d],g[d+1]);const n=o.pop();l.push([n,n+t.length-1]);e.splice(n,2,t)}l.reverse();d=-1;while(++d<l.length){c[h+l[d][0]]=h+l[d][1];h+=l[d][1]-l[d][0]-1}return c}function postprocess(e){while(!subtokenize(e)){}return e}const c={}.hasOwnProperty;function combineExtensions(e){const t={};let n=-1;while(++n<e.length){syntaxExtension(t,e[n])}return t}function syntaxExtension(e,t){let n;for(n in t){const r=c.call(e,n)?e[n]:undefined;const i=r||(e[n]={});const o=t[n];let s;if(o){for(s in o){if(!c.call(i,s))i[s]=[];const e=o[s];constructs(i[s],Array.isArray(e)?e:e?[e]:[])}}}}function constructs(e,t){let n=-1;const r=[];while(++n<t.length){(t[n].add==="after"?e:r).push(t[n])}splice(e,0,0,r)}function micromark_util_combine_extensions_combineHtmlExtensions(e){const t={};let n=-1;while(++n<e.length){htmlExtension(t,e[n])}return t}function htmlExtension(e,t){let n;for(n in t){const r=c.call(e,n)?e[n]:undefined;const i=r||(e[n]={});const o=t[n];let s;if(o){for(s in o){i[s]=o[s]}}}}var u=r(401);function factorySpace(e,t,n,r){const i=r?r-1:Infinity;let o=0;return start;function start(r){if((0,u.On)(r)){e.enter(n);return prefix(r)}return t(r)}function prefix(r){if((0,u.On)(r)&&o++<i){e.consume(r);return prefix}e.exit(n);return t(r)}}function factorySpaceMinMax(e,t,n,r,i,o){let s=0;return start;function start(t){if(o>0&&(0,u.On)(t)){e.enter(r);return prefix(t)}return after(t)}function prefix(t){if((0,u.On)(t)&&s<o){e.consume(t);s++;return prefix}e.exit(r);return after(t)}function after(e){return s>=i?t(e):n(e)}}const f={tokenize:initializeContent};function initializeContent(e){const t=e.attempt(this.parser.constructs.contentInitial,afterContentStartConstruct,paragraphInitial);let n;return t;function afterContentStartConstruct(n){if(n===null){e.consume(n);return}e.enter("lineEnding");e.consume(n);e.exit("lineEnding");return factorySpace(e,t,"linePrefix")}function paragraphInitial(t){e.enter("paragraph");return lineStart(t)}function lineStart(t){const r=e.enter("chunkText",{contentType:"text",previous:n});if(n){n.next=r}n=r;return data(t)}function data(t){if(t===null){e.exit("chunkText");e.exit("paragraph");e.consume(t);return}if((0,u.HP)(t)){e.consume(t);e.exit("chunkText");return lineStart}e.consume(t);return data}}class EditMap{constructor(){this.index=new Map;this.map=[]}add(e,t,n){addImplementation(this,e,t,n,false)}addBefore(e,t,n){addImplementation(this,e,t,n,true)}consume(e){this.map.sort(function(e,t){return e[0]-t[0]});if(this.map.length===0){return}let t=this.map.length;const n=[];while(t>0){t-=1;n.push(e.slice(this.map[t][0]+this.map[t][1]),this.map[t][2]);e.length=this.map[t][0]}n.push(e.slice());e.length=0;let r=n.pop();while(r){for(const t of r){e.push(t)}r=n.pop()}this.map.length=0;this.index.clear()}}function addImplementation(e,t,n,r,i){if(n===0&&r.length===0){return}const o=e.index.get(t);if(o){o[1]+=n;if(i){r.push(...o[2]);o[2]=r}else{o[2].push(...r)}return}const s=[t,n,r];e.map.push(s);e.index.set(t,s)}const d={tokenize:initializeDocument};const p={tokenize:tokenizeContainer};function initializeDocument(e){const t=this;const n=[];let r=0;let i;let o;let s;return start;function start(i){if(r<n.length){const o=n[r];t.containerState=o[1];return e.attempt(o[0].continuation,documentContinue,checkNewContainers)(i)}return checkNewContainers(i)}function documentContinue(e){r++;if(t.containerState._closeFlow){t.containerState._closeFlow=undefined;if(i){closeFlow()}const n=t.events.length;let o=n;let s;while(o--){if(t.events[o][0]==="exit"&&t.events[o][1].type==="chunkFlow"){s=t.events[o][1].end;break}}exitContainers(r);let a=n;while(a<t.events.length){t.events[a][1].end={...s};a++}const l=new EditMap;l.add(o+1,0,t.events.slice(n));l.add(n,a-n,[]);l.consume(t.events);return checkNewContainers(e)}return start(e)}function checkNewContainers(o){if(r===n.length){if(!i){return documentContinued(o)}if(i.currentConstruct&&i.currentConstruct.concrete){return flowStart(o)}t.interrupt=Boolean(i.currentConstruct&&!i._gfmTableDynamicInterruptHack)}t.containerState={};return e.check(p,thereIsANewContainer,thereIsNoNewContainer)(o)}function thereIsANewContainer(e){if(i){closeFlow()}exitContainers(r);return documentContinued(e)}function thereIsNoNewContainer(e){t.parser.lazy[t.now().line]=r!==n.length;s=t.now().offset;return flowStart(e)}function documentContinued(n){t.containerState={};return e.attempt(p,containerContinue,flowStart)(n)}function containerContinue(e){r++;n.push([t.currentConstruct,t.containerState]);return documentContinued(e)}function flowStart(n){if(n===null){if(i){closeFlow()}exitContainers(0);e.consume(n);return}i=i||t.parser.flow(t.now());e.enter("chunkFlow",{_tokenizer:i,contentType:"flow",previous:o});return flowContinue(n)}function flowContinue(n){if(n===null){writeToChild(e.exit("chunkFlow"),true);exitContainers(0);e.consume(n);return}if((0,u.HP)(n)){e.consume(n);writeToChild(e.exit("chunkFlow"));r=0;t.interrupt=undefined;return start}e.consume(n);return flowContinue}function writeToChild(e,n){const a=t.sliceStream(e);if(n){a.push(null)}e.previous=o;if(o){o.next=e}o=e;i.defineSkip(e.start);i.write(a);if(t.parser.lazy[e.start.line]){let e=i.events.length;while(e--){if(i.events[e][1].start.offset<s&&(!i.events[e][1].end||i.events[e][1].end.offset>s)){return}}const n=t.events.length;let o=n;let a;let l;while(o--){if(t.events[o][0]==="exit"&&t.events[o][1].type==="chunkFlow"){if(a){l=t.events[o][1].end;break}a=true}}exitContainers(r);e=n;while(e<t.events.length){t.events[e][1].end={...l};e++}const c=new EditMap;c.add(o+1,0,t.events.slice(n));c.add(n,e-n,[]);c.consume(t.events)}}function exitContainers(r){let i=n.length;while(i-- >r){const r=n[i];t.containerState=r[1];r[0].exit.call(t,e)}n.length=r}function closeFlow(){i.write([null]);o=undefined;i=undefined;t.containerState._closeFlow=undefined}}function tokenizeContainer(e,t,n){return factorySpace(e,e.attempt(this.parser.constructs.document,t,n),"linePrefix",this.parser.constructs.disable.null.includes("codeIndented")?undefined:4)}const h={partial:true,tokenize:tokenizeBlankLine};function tokenizeBlankLine(e,t,n){return start;function start(t){return(0,u.On)(t)?factorySpace(e,after,"linePrefix")(t):after(t)}function after(e){return e===null||(0,u.HP)(e)?t(e):n(e)}}const m={resolve:resolveContent,tokenize:tokenizeContent};const g={partial:true,tokenize:tokenizeContinuation};function resolveContent(e){subtokenize(e);return e}function tokenizeContent(e,t){let n;return chunkStart;function chunkStart(t){e.enter("content");n=e.enter("chunkContent",{contentType:"content"});return chunkInside(t)}function chunkInside(t){if(t===null){return contentEnd(t)}if((0,u.HP)(t)){return e.check(g,contentContinue,contentEnd)(t)}e.consume(t);return chunkInside}function contentEnd(n){e.exit("chunkContent");e.exit("content");return t(n)}function contentContinue(t){e.consume(t);e.exit("chunkContent");n.next=e.enter("chunkContent",{contentType:"content",previous:n});n=n.next;return chunkInside}}function tokenizeContinuation(e,t,n){const r=this;return startLookahead;function startLookahead(t){e.exit("chunkContent");e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return factorySpace(e,prefixed,"linePrefix")}function prefixed(i){if(i===null||(0,u.HP)(i)){return n(i)}const o=r.events[r.events.length-1];if(!r.parser.constructs.disable.null.includes("codeIndented")&&o&&o[1].type==="linePrefix"&&o[2].sliceSerialize(o[1],true).length>=4){return t(i)}return e.interrupt(r.parser.constructs.flow,n,t)(i)}}const y={tokenize:initializeFlow};function initializeFlow(e){const t=this;const n=e.attempt(h,atBlankEnding,e.attempt(this.parser.constructs.flowInitial,afterConstruct,factorySpace(e,e.attempt(this.parser.constructs.flow,afterConstruct,e.attempt(m,afterConstruct)),"linePrefix")));return n;function atBlankEnding(r){if(r===null){e.consume(r);return}e.enter("lineEndingBlank");e.consume(r);e.exit("lineEndingBlank");t.currentConstruct=undefined;return n}function afterConstruct(r){if(r===null){e.consume(r);return}e.enter("lineEnding");e.consume(r);e.exit("lineEnding");t.currentConstruct=undefined;return n}}const k={resolveAll:createResolver()};const b=initializeFactory("string");const w=initializeFactory("text");function initializeFactory(e){return{resolveAll:createResolver(e==="text"?resolveAllLineSuffixes:undefined),tokenize:initializeText};function initializeText(t){const n=this;const r=this.parser.constructs[e];const i=t.attempt(r,start,notText);return start;function start(e){return atBreak(e)?i(e):notText(e)}function notText(e){if(e===null){t.consume(e);return}t.enter("data");t.consume(e);return data}function data(e){if(atBreak(e)){t.exit("data");return i(e)}t.consume(e);return data}function atBreak(e){if(e===null){return true}const t=r[e];let i=-1;if(t){while(++i<t.length){const e=t[i];if(!e.previous||e.previous.call(n,n.previous)){return true}}}return false}}}function createResolver(e){return resolveAllText;function resolveAllText(t,n){let r=-1;let i;while(++r<=t.length){if(i===undefined){if(t[r]&&t[r][1].type==="data"){i=r;r++}}else if(!t[r]||t[r][1].type!=="data"){if(r!==i+2){t[i][1].end=t[r-1][1].end;t.splice(i+2,r-i-2);r=i+2}i=undefined}}return e?e(t,n):t}}function resolveAllLineSuffixes(e,t){const n=new EditMap;let r=0;while(++r<=e.length){if((r===e.length||e[r][1].type==="lineEnding")&&e[r-1][1].type==="data"){const i=e[r-1][1];const o=t.sliceStream(i);let s=o.length;let a=-1;let l=0;let c;while(s--){const e=o[s];if(typeof e==="string"){a=e.length;while(e.charCodeAt(a-1)===32){l++;a--}if(a){break}a=-1}else if(e===-2){c=true;l++}else if(e===-1){}else{s++;break}}if(t._contentTypeTextTrailing&&r===e.length){l=0}if(l){const o={type:r===e.length||c||l<2?"lineSuffix":"hardBreakTrailing",start:{_bufferIndex:s?a:i.start._bufferIndex+a,_index:i.start._index+s,line:i.end.line,column:i.end.column-l,offset:i.end.offset-l},end:{...i.end}};i.end={...o.start};if(i.start.offset===i.end.offset){Object.assign(i,o)}else{n.add(r,0,[["enter",o,t],["exit",o,t]])}}r++}}n.consume(e);return e}const x={name:"thematicBreak",tokenize:tokenizeThematicBreak};function tokenizeThematicBreak(e,t,n){let r=0;let i;return start;function start(t){e.enter("thematicBreak");return before(t)}function before(e){i=e;return atBreak(e)}function atBreak(o){if(o===i){e.enter("thematicBreakSequence");return sequence(o)}if(r>=3&&(o===null||(0,u.HP)(o))){e.exit("thematicBreak");return t(o)}return n(o)}function sequence(t){if(t===i){e.consume(t);r++;return sequence}e.exit("thematicBreakSequence");return(0,u.On)(t)?factorySpace(e,atBreak,"whitespace")(t):atBreak(t)}}const v={continuation:{tokenize:tokenizeListContinuation},exit:tokenizeListEnd,name:"list",tokenize:tokenizeListStart};const S={partial:true,tokenize:tokenizeListItemPrefixWhitespace};const A={partial:true,tokenize:tokenizeIndent};function tokenizeListStart(e,t,n){const r=this;const i=r.events[r.events.length-1];let o=i&&i[1].type==="linePrefix"?i[2].sliceSerialize(i[1],true).length:0;let s=0;return start;function start(t){const i=r.containerState.type||(t===42||t===43||t===45?"listUnordered":"listOrdered");if(i==="listUnordered"?!r.containerState.marker||t===r.containerState.marker:(0,u.BM)(t)){if(!r.containerState.type){r.containerState.type=i;e.enter(i,{_container:true})}if(i==="listUnordered"){e.enter("listItemPrefix");return t===42||t===45?e.check(x,n,atMarker)(t):atMarker(t)}if(!r.interrupt||t===49){e.enter("listItemPrefix");e.enter("listItemValue");return inside(t)}}return n(t)}function inside(t){if((0,u.BM)(t)&&++s<10){e.consume(t);return inside}if((!r.interrupt||s<2)&&(r.containerState.marker?t===r.containerState.marker:t===41||t===46)){e.exit("listItemValue");return atMarker(t)}return n(t)}function atMarker(t){e.enter("listItemMarker");e.consume(t);e.exit("listItemMarker");r.containerState.marker=r.containerState.marker||t;return e.check(h,r.interrupt?n:onBlank,e.attempt(S,endOfPrefix,otherPrefix))}function onBlank(e){r.containerState.initialBlankLine=true;o++;return endOfPrefix(e)}function otherPrefix(t){if((0,u.On)(t)){e.enter("listItemPrefixWhitespace");e.consume(t);e.exit("listItemPrefixWhitespace");return endOfPrefix}return n(t)}function endOfPrefix(n){r.containerState.size=o+r.sliceSerialize(e.exit("listItemPrefix"),true).length;return t(n)}}function tokenizeListContinuation(e,t,n){const r=this;r.containerState._closeFlow=undefined;return e.check(h,onBlank,notBlank);function onBlank(n){r.containerState.furtherBlankLines=r.containerState.furtherBlankLines||r.containerState.initialBlankLine;return factorySpace(e,t,"listItemIndent",r.containerState.size+1)(n)}function notBlank(n){if(r.containerState.furtherBlankLines||!(0,u.On)(n)){r.containerState.furtherBlankLines=undefined;r.containerState.initialBlankLine=undefined;return notInCurrentItem(n)}r.containerState.furtherBlankLines=undefined;r.containerState.initialBlankLine=undefined;return e.attempt(A,t,notInCurrentItem)(n)}function notInCurrentItem(i){r.containerState._closeFlow=true;r.interrupt=undefined;return factorySpace(e,e.attempt(v,t,n),"linePrefix",r.parser.constructs.disable.null.includes("codeIndented")?undefined:4)(i)}}function tokenizeIndent(e,t,n){const r=this;return factorySpace(e,afterPrefix,"listItemIndent",r.containerState.size+1);function afterPrefix(e){const i=r.events[r.events.length-1];return i&&i[1].type==="listItemIndent"&&i[2].sliceSerialize(i[1],true).length===r.containerState.size?t(e):n(e)}}function tokenizeListEnd(e){e.exit(this.containerState.type)}function tokenizeListItemPrefixWhitespace(e,t,n){const r=this;return factorySpace(e,afterPrefix,"listItemPrefixWhitespace",r.parser.constructs.disable.null.includes("codeIndented")?undefined:4+1);function afterPrefix(e){const i=r.events[r.events.length-1];return!(0,u.On)(e)&&i&&i[1].type==="listItemPrefixWhitespace"?t(e):n(e)}}const C={continuation:{tokenize:tokenizeBlockQuoteContinuation},exit:exit,name:"blockQuote",tokenize:tokenizeBlockQuoteStart};function tokenizeBlockQuoteStart(e,t,n){const r=this;return start;function start(t){if(t===62){const n=r.containerState;if(!n.open){e.enter("blockQuote",{_container:true});n.open=true}e.enter("blockQuotePrefix");e.enter("blockQuoteMarker");e.consume(t);e.exit("blockQuoteMarker");return after}return n(t)}function after(n){if((0,u.On)(n)){e.enter("blockQuotePrefixWhitespace");e.consume(n);e.exit("blockQuotePrefixWhitespace");e.exit("blockQuotePrefix");return t}e.exit("blockQuotePrefix");return t(n)}}function tokenizeBlockQuoteContinuation(e,t,n){const r=this;return contStart;function contStart(t){if((0,u.On)(t)){return factorySpace(e,contBefore,"linePrefix",r.parser.constructs.disable.null.includes("codeIndented")?undefined:4)(t)}return contBefore(t)}function contBefore(r){return e.attempt(C,t,n)(r)}}function exit(e){e.exit("blockQuote")}function factoryDestination(e,t,n,r,i,o,s,a,l){const c=l||Number.POSITIVE_INFINITY;let f=0;return start;function start(t){if(t===60){e.enter(r);e.enter(i);e.enter(o);e.consume(t);e.exit(o);return enclosedBefore}if(t===null||t===32||t===41||(0,u.JQ)(t)){return n(t)}e.enter(r);e.enter(s);e.enter(a);e.enter("chunkString",{contentType:"string"});return raw(t)}function enclosedBefore(n){if(n===62){e.enter(o);e.consume(n);e.exit(o);e.exit(i);e.exit(r);return t}e.enter(a);e.enter("chunkString",{contentType:"string"});return enclosed(n)}function enclosed(t){if(t===62){e.exit("chunkString");e.exit(a);return enclosedBefore(t)}if(t===null||t===60||(0,u.HP)(t)){return n(t)}e.consume(t);return t===92?enclosedEscape:enclosed}function enclosedEscape(t){if(t===60||t===62||t===92){e.consume(t);return enclosed}return enclosed(t)}function raw(i){if(!f&&(i===null||i===41||(0,u.Ee)(i))){e.exit("chunkString");e.exit(a);e.exit(s);e.exit(r);return t(i)}if(f<c&&i===40){e.consume(i);f++;return raw}if(i===41){e.consume(i);f--;return raw}if(i===null||i===32||i===40||(0,u.JQ)(i)){return n(i)}e.consume(i);return i===92?rawEscape:raw}function rawEscape(t){if(t===40||t===41||t===92){e.consume(t);return raw}return raw(t)}}function factoryLabel(e,t,n,r,i,o){const s=this;let a=0;let l;return start;function start(t){e.enter(r);e.enter(i);e.consume(t);e.exit(i);e.enter(o);return atBreak}function atBreak(c){if(a>999||c===null||c===91||c===93&&!l||c===94&&!a&&"_hiddenFootnoteSupport"in s.parser.constructs){return n(c)}if(c===93){e.exit(o);e.enter(i);e.consume(c);e.exit(i);e.exit(r);return t}if((0,u.HP)(c)){e.enter("lineEnding");e.consume(c);e.exit("lineEnding");return atBreak}e.enter("chunkString",{contentType:"string"});return labelInside(c)}function labelInside(t){if(t===null||t===91||t===93||(0,u.HP)(t)||a++>999){e.exit("chunkString");return atBreak(t)}e.consume(t);if(!l)l=!(0,u.On)(t);return t===92?labelEscape:labelInside}function labelEscape(t){if(t===91||t===92||t===93){e.consume(t);a++;return labelInside}return labelInside(t)}}function factoryTitle(e,t,n,r,i,o){let s;return start;function start(t){if(t===34||t===39||t===40){e.enter(r);e.enter(i);e.consume(t);e.exit(i);s=t===40?41:t;return begin}return n(t)}function begin(n){if(n===s){e.enter(i);e.consume(n);e.exit(i);e.exit(r);return t}e.enter(o);return atBreak(n)}function atBreak(t){if(t===s){e.exit(o);return begin(s)}if(t===null){return n(t)}if((0,u.HP)(t)){e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return factorySpace(e,atBreak,"linePrefix")}e.enter("chunkString",{contentType:"string"});return inside(t)}function inside(t){if(t===s||t===null||(0,u.HP)(t)){e.exit("chunkString");return atBreak(t)}e.consume(t);return t===92?escape:inside}function escape(t){if(t===s||t===92){e.consume(t);return inside}return inside(t)}}function factoryWhitespace(e,t){let n;return start;function start(r){if((0,u.HP)(r)){e.enter("lineEnding");e.consume(r);e.exit("lineEnding");n=true;return start}if((0,u.On)(r)){return factorySpace(e,start,n?"linePrefix":"lineSuffix")(r)}return t(r)}}var E=r(31);const T={name:"definition",tokenize:tokenizeDefinition};const O={partial:true,tokenize:tokenizeTitleBefore};function tokenizeDefinition(e,t,n){const r=this;let i;return start;function start(t){e.enter("definition");return before(t)}function before(t){return factoryLabel.call(r,e,labelAfter,n,"definitionLabel","definitionLabelMarker","definitionLabelString")(t)}function labelAfter(t){i=(0,E.B)(r.sliceSerialize(r.events[r.events.length-1][1]).slice(1,-1));if(t===58){e.enter("definitionMarker");e.consume(t);e.exit("definitionMarker");return markerAfter}return n(t)}function markerAfter(t){return(0,u.Ee)(t)?factoryWhitespace(e,destinationBefore)(t):destinationBefore(t)}function destinationBefore(t){return factoryDestination(e,destinationAfter,n,"definitionDestination","definitionDestinationLiteral","definitionDestinationLiteralMarker","definitionDestinationRaw","definitionDestinationString")(t)}function destinationAfter(t){return e.attempt(O,after,after)(t)}function after(t){return(0,u.On)(t)?factorySpace(e,afterWhitespace,"whitespace")(t):afterWhitespace(t)}function afterWhitespace(o){if(o===null||(0,u.HP)(o)){e.exit("definition");r.parser.defined.push(i);return t(o)}return n(o)}}function tokenizeTitleBefore(e,t,n){return titleBefore;function titleBefore(t){return(0,u.Ee)(t)?factoryWhitespace(e,beforeMarker)(t):n(t)}function beforeMarker(t){return factoryTitle(e,titleAfter,n,"definitionTitle","definitionTitleMarker","definitionTitleString")(t)}function titleAfter(t){return(0,u.On)(t)?factorySpace(e,titleAfterOptionalWhitespace,"whitespace")(t):titleAfterOptionalWhitespace(t)}function titleAfterOptionalWhitespace(e){return e===null||(0,u.HP)(e)?t(e):n(e)}}const L={name:"codeIndented",tokenize:tokenizeCodeIndented};const I={partial:true,tokenize:tokenizeFurtherStart};function tokenizeCodeIndented(e,t,n){return start;function start(t){e.enter("codeIndented");return factorySpaceMinMax(e,atBreak,n,"linePrefix",4,4)(t)}function atBreak(t){if(t===null){return after(t)}if((0,u.HP)(t)){return e.attempt(I,atBreak,after)(t)}e.enter("codeFlowValue");return inside(t)}function inside(t){if(t===null||(0,u.HP)(t)){e.exit("codeFlowValue");return atBreak(t)}e.consume(t);return inside}function after(n){e.exit("codeIndented");return t(n)}}function tokenizeFurtherStart(e,t,n){const r=this;return furtherStart;function furtherStart(i){if(r.parser.lazy[r.now().line]){return n(i)}if((0,u.HP)(i)){e.enter("lineEnding");e.consume(i);e.exit("lineEnding");return furtherStart}return factorySpaceMinMax(e,t,onNotEnoughPrefix,"linePrefix",4,4)(i)}function onNotEnoughPrefix(e){return(0,u.HP)(e)?furtherStart(e):n(e)}}const N={name:"headingAtx",resolve:resolveHeadingAtx,tokenize:tokenizeHeadingAtx};function resolveHeadingAtx(e,t){let n=e.length-2;let r=3;if(e[r][1].type==="whitespace"){r+=2}if(n-2>r&&e[n][1].type==="whitespace"){n-=2}if(e[n][1].type==="atxHeadingSequence"&&(r===n-1||n-4>r&&e[n-2][1].type==="whitespace")){n-=r+1===n?2:4}if(n>r){const i={type:"atxHeadingText",start:e[r][1].start,end:e[n][1].end};const o={type:"chunkText",start:e[r][1].start,end:e[n][1].end,contentType:"text"};splice(e,r,n-r+1,[["enter",i,t],["enter",o,t],["exit",o,t],["exit",i,t]])}return e}function tokenizeHeadingAtx(e,t,n){let r=0;return start;function start(t){e.enter("atxHeading");return before(t)}function before(t){e.enter("atxHeadingSequence");return sequenceOpen(t)}function sequenceOpen(t){if(t===35&&r++<6){e.consume(t);return sequenceOpen}if(t===null||(0,u.Ee)(t)){e.exit("atxHeadingSequence");return atBreak(t)}return n(t)}function atBreak(n){if(n===35){e.enter("atxHeadingSequence");return sequenceFurther(n)}if(n===null||(0,u.HP)(n)){e.exit("atxHeading");return t(n)}if((0,u.On)(n)){return factorySpace(e,atBreak,"whitespace")(n)}e.enter("atxHeadingText");return data(n)}function sequenceFurther(t){if(t===35){e.consume(t);return sequenceFurther}e.exit("atxHeadingSequence");return atBreak(t)}function data(t){if(t===null||t===35||(0,u.Ee)(t)){e.exit("atxHeadingText");return atBreak(t)}e.consume(t);return data}}const _={name:"setextUnderline",resolveTo:resolveToSetextUnderline,tokenize:tokenizeSetextUnderline};function resolveToSetextUnderline(e,t){const n=new EditMap;let r=e.length;let i;let o;let s;while(r--){if(e[r][0]==="enter"){if(e[r][1].type==="content"){i=r;break}if(e[r][1].type==="paragraph"){o=r}}else{if(e[r][1].type==="content"){n.add(r,1,[])}if(!s&&e[r][1].type==="definition"){s=r}}}const a={type:"setextHeading",start:{...e[i][1].start},end:{...e[e.length-1][1].end}};e[o][1].type="setextHeadingText";if(s){n.add(o,0,[["enter",a,t]]);n.add(s+1,0,[["exit",e[i][1],t]]);e[i][1].end={...e[s][1].end}}else{e[i][1]=a}n.add(e.length,0,[["exit",a,t]]);n.consume(e);return e}function tokenizeSetextUnderline(e,t,n){const r=this;let i;return start;function start(t){let o=r.events.length;let s;while(o--){if(r.events[o][1].type!=="lineEnding"&&r.events[o][1].type!=="linePrefix"&&r.events[o][1].type!=="content"){s=r.events[o][1].type==="paragraph";break}}if(!r.parser.lazy[r.now().line]&&(r.interrupt||s)){e.enter("setextHeadingLine");i=t;return before(t)}return n(t)}function before(t){e.enter("setextHeadingLineSequence");return inside(t)}function inside(t){if(t===i){e.consume(t);return inside}e.exit("setextHeadingLineSequence");return(0,u.On)(t)?factorySpace(e,after,"lineSuffix")(t):after(t)}function after(r){if(r===null||(0,u.HP)(r)){e.exit("setextHeadingLine");return t(r)}return n(r)}}const P=["address","article","aside","base","basefont","blockquote","body","caption","center","col","colgroup","dd","details","dialog","dir","div","dl","dt","fieldset","figcaption","figure","footer","form","frame","frameset","h1","h2","h3","h4","h5","h6","head","header","hr","html","iframe","legend","li","link","main","menu","menuitem","nav","noframes","ol","optgroup","option","p","param","search","section","summary","table","tbody","td","tfoot","th","thead","title","tr","track","ul"];const R=["pre","script","style","textarea"];const D={partial:true,tokenize:tokenizeNonLazyContinuation};function tokenizeNonLazyContinuation(e,t,n){const r=this;return start;function start(t){if(t===null){return n(t)}e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return after}function after(e){return r.parser.lazy[r.now().line]?n(e):t(e)}}const $={concrete:true,name:"htmlFlow",resolveTo:resolveToHtmlFlow,tokenize:tokenizeHtmlFlow};const M={partial:true,tokenize:tokenizeBlankLineBefore};function resolveToHtmlFlow(e){let t=e.length;while(t--){if(e[t][0]==="enter"&&e[t][1].type==="htmlFlow"){break}}if(t>1&&e[t-2][1].type==="linePrefix"){e[t][1].start=e[t-2][1].start;e[t+1][1].start=e[t-2][1].start;e.splice(t-2,2)}return e}function tokenizeHtmlFlow(e,t,n){const r=this;let i;let o;let s;let a;let l;return start;function start(e){return before(e)}function before(t){e.enter("htmlFlow");e.enter("htmlFlowData");e.consume(t);return open}function open(a){if(a===33){e.consume(a);return declarationOpen}if(a===47){e.consume(a);o=true;return tagCloseStart}if(a===63){e.consume(a);i=3;return r.interrupt?t:continuationDeclarationInside}if((0,u.CW)(a)){e.consume(a);s=String.fromCharCode(a);return tagName}return n(a)}function declarationOpen(o){if(o===45){e.consume(o);i=2;return commentOpenInside}if(o===91){e.consume(o);i=5;a=0;return cdataOpenInside}if((0,u.CW)(o)){e.consume(o);i=4;return r.interrupt?t:continuationDeclarationInside}return n(o)}function commentOpenInside(i){if(i===45){e.consume(i);return r.interrupt?t:continuationDeclarationInside}return n(i)}function cdataOpenInside(i){const o="CDATA[";if(i===o.charCodeAt(a++)){e.consume(i);if(a===o.length){return r.interrupt?t:continuation}return cdataOpenInside}return n(i)}function tagCloseStart(t){if((0,u.CW)(t)){e.consume(t);s=String.fromCharCode(t);return tagName}return n(t)}function tagName(a){if(a===null||a===47||a===62||(0,u.Ee)(a)){const l=a===47;const c=s.toLowerCase();if(!l&&!o&&R.includes(c)){i=1;return r.interrupt?t(a):continuation(a)}if(P.includes(s.toLowerCase())){i=6;if(l){e.consume(a);return basicSelfClosing}return r.interrupt?t(a):continuation(a)}i=7;return r.interrupt&&!r.parser.lazy[r.now().line]?n(a):o?completeClosingTagAfter(a):completeAttributeNameBefore(a)}if(a===45||(0,u.lV)(a)){e.consume(a);s+=String.fromCharCode(a);return tagName}return n(a)}function basicSelfClosing(i){if(i===62){e.consume(i);return r.interrupt?t:continuation}return n(i)}function completeClosingTagAfter(t){if((0,u.On)(t)){e.consume(t);return completeClosingTagAfter}return completeEnd(t)}function completeAttributeNameBefore(t){if(t===47){e.consume(t);return completeEnd}if(t===58||t===95||(0,u.CW)(t)){e.consume(t);return completeAttributeName}if((0,u.On)(t)){e.consume(t);return completeAttributeNameBefore}return completeEnd(t)}function completeAttributeName(t){if(t===45||t===46||t===58||t===95||(0,u.lV)(t)){e.consume(t);return completeAttributeName}return completeAttributeNameAfter(t)}function completeAttributeNameAfter(t){if(t===61){e.consume(t);return completeAttributeValueBefore}if((0,u.On)(t)){e.consume(t);return completeAttributeNameAfter}return completeAttributeNameBefore(t)}function completeAttributeValueBefore(t){if(t===null||t===60||t===61||t===62||t===96){return n(t)}if(t===34||t===39){e.consume(t);l=t;return completeAttributeValueQuoted}if((0,u.On)(t)){e.consume(t);return completeAttributeValueBefore}return completeAttributeValueUnquoted(t)}function completeAttributeValueQuoted(t){if(t===l){e.consume(t);l=null;return completeAttributeValueQuotedAfter}if(t===null||(0,u.HP)(t)){return n(t)}e.consume(t);return completeAttributeValueQuoted}function completeAttributeValueUnquoted(t){if(t===null||t===34||t===39||t===47||t===60||t===61||t===62||t===96||(0,u.Ee)(t)){return completeAttributeNameAfter(t)}e.consume(t);return completeAttributeValueUnquoted}function completeAttributeValueQuotedAfter(e){if(e===47||e===62||(0,u.On)(e)){return completeAttributeNameBefore(e)}return n(e)}function completeEnd(t){if(t===62){e.consume(t);return completeAfter}return n(t)}function completeAfter(t){if(t===null||(0,u.HP)(t)){return continuation(t)}if((0,u.On)(t)){e.consume(t);return completeAfter}return n(t)}function continuation(t){if(t===45&&i===2){e.consume(t);return continuationCommentInside}if(t===60&&i===1){e.consume(t);return continuationRawTagOpen}if(t===62&&i===4){e.consume(t);return continuationClose}if(t===63&&i===3){e.consume(t);return continuationDeclarationInside}if(t===93&&i===5){e.consume(t);return continuationCdataInside}if((0,u.HP)(t)&&(i===6||i===7)){e.exit("htmlFlowData");return e.check(M,continuationAfter,continuationStart)(t)}if(t===null||(0,u.HP)(t)){e.exit("htmlFlowData");return continuationStart(t)}e.consume(t);return continuation}function continuationStart(t){return e.check(D,continuationStartNonLazy,continuationAfter)(t)}function continuationStartNonLazy(t){e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return continuationBefore}function continuationBefore(t){if(t===null||(0,u.HP)(t)){return continuationStart(t)}e.enter("htmlFlowData");return continuation(t)}function continuationCommentInside(t){if(t===45){e.consume(t);return continuationDeclarationInside}return continuation(t)}function continuationRawTagOpen(t){if(t===47){e.consume(t);s="";return continuationRawEndTag}return continuation(t)}function continuationRawEndTag(t){if(t===62){const n=s.toLowerCase();if(R.includes(n)){e.consume(t);return continuationClose}return continuation(t)}if((0,u.CW)(t)&&s.length<8){e.consume(t);s+=String.fromCharCode(t);return continuationRawEndTag}return continuation(t)}function continuationCdataInside(t){if(t===93){e.consume(t);return continuationDeclarationInside}return continuation(t)}function continuationDeclarationInside(t){if(t===62){e.consume(t);return continuationClose}if(t===45&&i===2){e.consume(t);return continuationDeclarationInside}return continuation(t)}function continuationClose(t){if(t===null||(0,u.HP)(t)){e.exit("htmlFlowData");return continuationAfter(t)}e.consume(t);return continuationClose}function continuationAfter(n){e.exit("htmlFlow");return t(n)}}function tokenizeBlankLineBefore(e,t,n){return start;function start(r){e.enter("lineEnding");e.consume(r);e.exit("lineEnding");return e.attempt(h,t,n)}}const F={concrete:true,name:"codeFenced",tokenize:tokenizeCodeFenced};function tokenizeCodeFenced(e,t,n){const r=this;const i={partial:true,tokenize:tokenizeCloseStart};let o=0;let s=0;let a;return start;function start(e){return beforeSequenceOpen(e)}function beforeSequenceOpen(t){const n=r.events[r.events.length-1];o=n&&n[1].type==="linePrefix"?n[2].sliceSerialize(n[1],true).length:0;a=t;e.enter("codeFenced");e.enter("codeFencedFence");e.enter("codeFencedFenceSequence");return sequenceOpen(t)}function sequenceOpen(t){if(t===a){s++;e.consume(t);return sequenceOpen}if(s<3){return n(t)}e.exit("codeFencedFenceSequence");return(0,u.On)(t)?factorySpace(e,infoBefore,"whitespace")(t):infoBefore(t)}function infoBefore(n){if(n===null||(0,u.HP)(n)){e.exit("codeFencedFence");return r.interrupt?t(n):e.check(D,atNonLazyBreak,after)(n)}e.enter("codeFencedFenceInfo");e.enter("chunkString",{contentType:"string"});return info(n)}function info(t){if(t===null||(0,u.HP)(t)){e.exit("chunkString");e.exit("codeFencedFenceInfo");return infoBefore(t)}if((0,u.On)(t)){e.exit("chunkString");e.exit("codeFencedFenceInfo");return factorySpace(e,metaBefore,"whitespace")(t)}if(t===96&&t===a){return n(t)}e.consume(t);return info}function metaBefore(t){if(t===null||(0,u.HP)(t)){return infoBefore(t)}e.enter("codeFencedFenceMeta");e.enter("chunkString",{contentType:"string"});return meta(t)}function meta(t){if(t===null||(0,u.HP)(t)){e.exit("chunkString");e.exit("codeFencedFenceMeta");return infoBefore(t)}if(t===96&&t===a){return n(t)}e.consume(t);return meta}function atNonLazyBreak(t){return e.attempt(i,after,contentBefore)(t)}function contentBefore(t){e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return contentStart}function contentStart(t){return o>0&&(0,u.On)(t)?factorySpace(e,beforeContentChunk,"linePrefix",o+1)(t):beforeContentChunk(t)}function beforeContentChunk(t){if(t===null||(0,u.HP)(t)){return e.check(D,atNonLazyBreak,after)(t)}e.enter("codeFlowValue");return contentChunk(t)}function contentChunk(t){if(t===null||(0,u.HP)(t)){e.exit("codeFlowValue");return beforeContentChunk(t)}e.consume(t);return contentChunk}function after(n){e.exit("codeFenced");return t(n)}function tokenizeCloseStart(e,t,n){let i=0;return startBefore;function startBefore(t){e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return start}function start(t){e.enter("codeFencedFence");return(0,u.On)(t)?factorySpace(e,beforeSequenceClose,"linePrefix",r.parser.constructs.disable.null.includes("codeIndented")?undefined:4)(t):beforeSequenceClose(t)}function beforeSequenceClose(t){if(t===a){e.enter("codeFencedFenceSequence");return sequenceClose(t)}return n(t)}function sequenceClose(t){if(t===a){i++;e.consume(t);return sequenceClose}if(i>=s){e.exit("codeFencedFenceSequence");return(0,u.On)(t)?factorySpace(e,sequenceCloseAfter,"whitespace")(t):sequenceCloseAfter(t)}return n(t)}function sequenceCloseAfter(r){if(r===null||(0,u.HP)(r)){e.exit("codeFencedFence");return t(r)}return n(r)}}}const j={AElig:"Æ",AMP:"&",Aacute:"Á",Abreve:"Ă",Acirc:"Â",Acy:"А",Afr:"𝔄",Agrave:"À",Alpha:"Α",Amacr:"Ā",And:"⩓",Aogon:"Ą",Aopf:"𝔸",ApplyFunction:"⁡",Aring:"Å",Ascr:"𝒜",Assign:"≔",Atilde:"Ã",Auml:"Ä",Backslash:"∖",Barv:"⫧",Barwed:"⌆",Bcy:"Б",Because:"∵",Bernoullis:"ℬ",Beta:"Β",Bfr:"𝔅",Bopf:"𝔹",Breve:"˘",Bscr:"ℬ",Bumpeq:"≎",CHcy:"Ч",COPY:"©",Cacute:"Ć",Cap:"⋒",CapitalDifferentialD:"ⅅ",Cayleys:"ℭ",Ccaron:"Č",Ccedil:"Ç",Ccirc:"Ĉ",Cconint:"∰",Cdot:"Ċ",Cedilla:"¸",CenterDot:"·",Cfr:"ℭ",Chi:"Χ",CircleDot:"⊙",CircleMinus:"⊖",CirclePlus:"⊕",CircleTimes:"⊗",ClockwiseContourIntegral:"∲",CloseCurlyDoubleQuote:"”",CloseCurlyQuote:"’",Colon:"∷",Colone:"⩴",Congruent:"≡",Conint:"∯",ContourIntegral:"∮",Copf:"ℂ",Coproduct:"∐",CounterClockwiseContourIntegral:"∳",Cross:"⨯",Cscr:"𝒞",Cup:"⋓",CupCap:"≍",DD:"ⅅ",DDotrahd:"⤑",DJcy:"Ђ",DScy:"Ѕ",DZcy:"Џ",Dagger:"‡",Darr:"↡",Dashv:"⫤",Dcaron:"Ď",Dcy:"Д",Del:"∇",Delta:"Δ",Dfr:"𝔇",DiacriticalAcute:"´",DiacriticalDot:"˙",DiacriticalDoubleAcute:"˝",DiacriticalGrave:"`",DiacriticalTilde:"˜",Diamond:"⋄",DifferentialD:"ⅆ",Dopf:"𝔻",Dot:"¨",DotDot:"⃜",DotEqual:"≐",DoubleContourIntegral:"∯",DoubleDot:"¨",DoubleDownArrow:"⇓",DoubleLeftArrow:"⇐",DoubleLeftRightArrow:"⇔",DoubleLeftTee:"⫤",DoubleLongLeftArrow:"⟸",DoubleLongLeftRightArrow:"⟺",DoubleLongRightArrow:"⟹",DoubleRightArrow:"⇒",DoubleRightTee:"⊨",DoubleUpArrow:"⇑",DoubleUpDownArrow:"⇕",DoubleVerticalBar:"∥",DownArrow:"↓",DownArrowBar:"⤓",DownArrowUpArrow:"⇵",DownBreve:"̑",DownLeftRightVector:"⥐",DownLeftTeeVector:"⥞",DownLeftVector:"↽",DownLeftVectorBar:"⥖",DownRightTeeVector:"⥟",DownRightVector:"⇁",DownRightVectorBar:"⥗",DownTee:"⊤",DownTeeArrow:"↧",Downarrow:"⇓",Dscr:"𝒟",Dstrok:"Đ",ENG:"Ŋ",ETH:"Ð",Eacute:"É",Ecaron:"Ě",Ecirc:"Ê",Ecy:"Э",Edot:"Ė",Efr:"𝔈",Egrave:"È",Element:"∈",Emacr:"Ē",EmptySmallSquare:"◻",EmptyVerySmallSquare:"▫",Eogon:"Ę",Eopf:"𝔼",Epsilon:"Ε",Equal:"⩵",EqualTilde:"≂",Equilibrium:"⇌",Escr:"ℰ",Esim:"⩳",Eta:"Η",Euml:"Ë",Exists:"∃",ExponentialE:"ⅇ",Fcy:"Ф",Ffr:"𝔉",FilledSmallSquare:"◼",FilledVerySmallSquare:"▪",Fopf:"𝔽",ForAll:"∀",Fouriertrf:"ℱ",Fscr:"ℱ",GJcy:"Ѓ",GT:">",Gamma:"Γ",Gammad:"Ϝ",Gbreve:"Ğ",Gcedil:"Ģ",Gcirc:"Ĝ",Gcy:"Г",Gdot:"Ġ",Gfr:"𝔊",Gg:"⋙",Gopf:"𝔾",GreaterEqual:"≥",GreaterEqualLess:"⋛",GreaterFullEqual:"≧",GreaterGreater:"⪢",GreaterLess:"≷",GreaterSlantEqual:"⩾",GreaterTilde:"≳",Gscr:"𝒢",Gt:"≫",HARDcy:"Ъ",Hacek:"ˇ",Hat:"^",Hcirc:"Ĥ",Hfr:"ℌ",HilbertSpace:"ℋ",Hopf:"ℍ",HorizontalLine:"─",Hscr:"ℋ",Hstrok:"Ħ",HumpDownHump:"≎",HumpEqual:"≏",IEcy:"Е",IJlig:"Ĳ",IOcy:"Ё",Iacute:"Í",Icirc:"Î",Icy:"И",Idot:"İ",Ifr:"ℑ",Igrave:"Ì",Im:"ℑ",Imacr:"Ī",ImaginaryI:"ⅈ",Implies:"⇒",Int:"∬",Integral:"∫",Intersection:"⋂",InvisibleComma:"⁣",InvisibleTimes:"⁢",Iogon:"Į",Iopf:"𝕀",Iota:"Ι",Iscr:"ℐ",Itilde:"Ĩ",Iukcy:"І",Iuml:"Ï",Jcirc:"Ĵ",Jcy:"Й",Jfr:"𝔍",Jopf:"𝕁",Jscr:"𝒥",Jsercy:"Ј",Jukcy:"Є",KHcy:"Х",KJcy:"Ќ",Kappa:"Κ",Kcedil:"Ķ",Kcy:"К",Kfr:"𝔎",Kopf:"𝕂",Kscr:"𝒦",LJcy:"Љ",LT:"<",Lacute:"Ĺ",Lambda:"Λ",Lang:"⟪",Laplacetrf:"ℒ",Larr:"↞",Lcaron:"Ľ",Lcedil:"Ļ",Lcy:"Л",LeftAngleBracket:"⟨",LeftArrow:"←",LeftArrowBar:"⇤",LeftArrowRightArrow:"⇆",LeftCeiling:"⌈",LeftDoubleBracket:"⟦",LeftDownTeeVector:"⥡",LeftDownVector:"⇃",LeftDownVectorBar:"⥙",LeftFloor:"⌊",LeftRightArrow:"↔",LeftRightVector:"⥎",LeftTee:"⊣",LeftTeeArrow:"↤",LeftTeeVector:"⥚",LeftTriangle:"⊲",LeftTriangleBar:"⧏",LeftTriangleEqual:"⊴",LeftUpDownVector:"⥑",LeftUpTeeVector:"⥠",LeftUpVector:"↿",LeftUpVectorBar:"⥘",LeftVector:"↼",LeftVectorBar:"⥒",Leftarrow:"⇐",Leftrightarrow:"⇔",LessEqualGreater:"⋚",LessFullEqual:"≦",LessGreater:"≶",LessLess:"⪡",LessSlantEqual:"⩽",LessTilde:"≲",Lfr:"𝔏",Ll:"⋘",Lleftarrow:"⇚",Lmidot:"Ŀ",LongLeftArrow:"⟵",LongLeftRightArrow:"⟷",LongRightArrow:"⟶",Longleftarrow:"⟸",Longleftrightarrow:"⟺",Longrightarrow:"⟹",Lopf:"𝕃",LowerLeftArrow:"↙",LowerRightArrow:"↘",Lscr:"ℒ",Lsh:"↰",Lstrok:"Ł",Lt:"≪",Map:"⤅",Mcy:"М",MediumSpace:" ",Mellintrf:"ℳ",Mfr:"𝔐",MinusPlus:"∓",Mopf:"𝕄",Mscr:"ℳ",Mu:"Μ",NJcy:"Њ",Nacute:"Ń",Ncaron:"Ň",Ncedil:"Ņ",Ncy:"Н",NegativeMediumSpace:"​",NegativeThickSpace:"​",NegativeThinSpace:"​",NegativeVeryThinSpace:"​",NestedGreaterGreater:"≫",NestedLessLess:"≪",NewLine:"\n",Nfr:"𝔑",NoBreak:"⁠",NonBreakingSpace:" ",Nopf:"ℕ",Not:"⫬",NotCongruent:"≢",NotCupCap:"≭",NotDoubleVerticalBar:"∦",NotElement:"∉",NotEqual:"≠",NotEqualTilde:"≂̸",NotExists:"∄",NotGreater:"≯",NotGreaterEqual:"≱",NotGreaterFullEqual:"≧̸",NotGreaterGreater:"≫̸",NotGreaterLess:"≹",NotGreaterSlantEqual:"⩾̸",NotGreaterTilde:"≵",NotHumpDownHump:"≎̸",NotHumpEqual:"≏̸",NotLeftTriangle:"⋪",NotLeftTriangleBar:"⧏̸",NotLeftTriangleEqual:"⋬",NotLess:"≮",NotLessEqual:"≰",NotLessGreater:"≸",NotLessLess:"≪̸",NotLessSlantEqual:"⩽̸",NotLessTilde:"≴",NotNestedGreaterGreater:"⪢̸",NotNestedLessLess:"⪡̸",NotPrecedes:"⊀",NotPrecedesEqual:"⪯̸",NotPrecedesSlantEqual:"⋠",NotReverseElement:"∌",NotRightTriangle:"⋫",NotRightTriangleBar:"⧐̸",NotRightTriangleEqual:"⋭",NotSquareSubset:"⊏̸",NotSquareSubsetEqual:"⋢",NotSquareSuperset:"⊐̸",NotSquareSupersetEqual:"⋣",NotSubset:"⊂⃒",NotSubsetEqual:"⊈",NotSucceeds:"⊁",NotSucceedsEqual:"⪰̸",NotSucceedsSlantEqual:"⋡",NotSucceedsTilde:"≿̸",NotSuperset:"⊃⃒",NotSupersetEqual:"⊉",NotTilde:"≁",NotTildeEqual:"≄",NotTildeFullEqual:"≇",NotTildeTilde:"≉",NotVerticalBar:"∤",Nscr:"𝒩",Ntilde:"Ñ",Nu:"Ν",OElig:"Œ",Oacute:"Ó",Ocirc:"Ô",Ocy:"О",Odblac:"Ő",Ofr:"𝔒",Ograve:"Ò",Omacr:"Ō",Omega:"Ω",Omicron:"Ο",Oopf:"𝕆",OpenCurlyDoubleQuote:"“",OpenCurlyQuote:"‘",Or:"⩔",Oscr:"𝒪",Oslash:"Ø",Otilde:"Õ",Otimes:"⨷",Ouml:"Ö",OverBar:"‾",OverBrace:"⏞",OverBracket:"⎴",OverParenthesis:"⏜",PartialD:"∂",Pcy:"П",Pfr:"𝔓",Phi:"Φ",Pi:"Π",PlusMinus:"±",Poincareplane:"ℌ",Popf:"ℙ",Pr:"⪻",Precedes:"≺",PrecedesEqual:"⪯",PrecedesSlantEqual:"≼",PrecedesTilde:"≾",Prime:"″",Product:"∏",Proportion:"∷",Proportional:"∝",Pscr:"𝒫",Psi:"Ψ",QUOT:'"',Qfr:"𝔔",Qopf:"ℚ",Qscr:"𝒬",RBarr:"⤐",REG:"®",Racute:"Ŕ",Rang:"⟫",Rarr:"↠",Rarrtl:"⤖",Rcaron:"Ř",Rcedil:"Ŗ",Rcy:"Р",Re:"ℜ",ReverseElement:"∋",ReverseEquilibrium:"⇋",ReverseUpEquilibrium:"⥯",Rfr:"ℜ",Rho:"Ρ",RightAngleBracket:"⟩",RightArrow:"→",RightArrowBar:"⇥",RightArrowLeftArrow:"⇄",RightCeiling:"⌉",RightDoubleBracket:"⟧",RightDownTeeVector:"⥝",RightDownVector:"⇂",RightDownVectorBar:"⥕",RightFloor:"⌋",RightTee:"⊢",RightTeeArrow:"↦",RightTeeVector:"⥛",RightTriangle:"⊳",RightTriangleBar:"⧐",RightTriangleEqual:"⊵",RightUpDownVector:"⥏",RightUpTeeVector:"⥜",RightUpVector:"↾",RightUpVectorBar:"⥔",RightVector:"⇀",RightVectorBar:"⥓",Rightarrow:"⇒",Ropf:"ℝ",RoundImplies:"⥰",Rrightarrow:"⇛",Rscr:"ℛ",Rsh:"↱",RuleDelayed:"⧴",SHCHcy:"Щ",SHcy:"Ш",SOFTcy:"Ь",Sacute:"Ś",Sc:"⪼",Scaron:"Š",Scedil:"Ş",Scirc:"Ŝ",Scy:"С",Sfr:"𝔖",ShortDownArrow:"↓",ShortLeftArrow:"←",ShortRightArrow:"→",ShortUpArrow:"↑",Sigma:"Σ",SmallCircle:"∘",Sopf:"𝕊",Sqrt:"√",Square:"□",SquareIntersection:"⊓",SquareSubset:"⊏",SquareSubsetEqual:"⊑",SquareSuperset:"⊐",SquareSupersetEqual:"⊒",SquareUnion:"⊔",Sscr:"𝒮",Star:"⋆",Sub:"⋐",Subset:"⋐",SubsetEqual:"⊆",Succeeds:"≻",SucceedsEqual:"⪰",SucceedsSlantEqual:"≽",SucceedsTilde:"≿",SuchThat:"∋",Sum:"∑",Sup:"⋑",Superset:"⊃",SupersetEqual:"⊇",Supset:"⋑",THORN:"Þ",TRADE:"™",TSHcy:"Ћ",TScy:"Ц",Tab:"\t",Tau:"Τ",Tcaron:"Ť",Tcedil:"Ţ",Tcy:"Т",Tfr:"𝔗",Therefore:"∴",Theta:"Θ",ThickSpace:"  ",ThinSpace:" ",Tilde:"∼",TildeEqual:"≃",TildeFullEqual:"≅",TildeTilde:"≈",Topf:"𝕋",TripleDot:"⃛",Tscr:"𝒯",Tstrok:"Ŧ",Uacute:"Ú",Uarr:"↟",Uarrocir:"⥉",Ubrcy:"Ў",Ubreve:"Ŭ",Ucirc:"Û",Ucy:"У",Udblac:"Ű",Ufr:"𝔘",Ugrave:"Ù",Umacr:"Ū",UnderBar:"_",UnderBrace:"⏟",UnderBracket:"⎵",UnderParenthesis:"⏝",Union:"⋃",UnionPlus:"⊎",Uogon:"Ų",Uopf:"𝕌",UpArrow:"↑",UpArrowBar:"⤒",UpArrowDownArrow:"⇅",UpDownArrow:"↕",UpEquilibrium:"⥮",UpTee:"⊥",UpTeeArrow:"↥",Uparrow:"⇑",Updownarrow:"⇕",UpperLeftArrow:"↖",UpperRightArrow:"↗",Upsi:"ϒ",Upsilon:"Υ",Uring:"Ů",Uscr:"𝒰",Utilde:"Ũ",Uuml:"Ü",VDash:"⊫",Vbar:"⫫",Vcy:"В",Vdash:"⊩",Vdashl:"⫦",Vee:"⋁",Verbar:"‖",Vert:"‖",VerticalBar:"∣",VerticalLine:"|",VerticalSeparator:"❘",VerticalTilde:"≀",VeryThinSpace:" ",Vfr:"𝔙",Vopf:"𝕍",Vscr:"𝒱",Vvdash:"⊪",Wcirc:"Ŵ",Wedge:"⋀",Wfr:"𝔚",Wopf:"𝕎",Wscr:"𝒲",Xfr:"𝔛",Xi:"Ξ",Xopf:"𝕏",Xscr:"𝒳",YAcy:"Я",YIcy:"Ї",YUcy:"Ю",Yacute:"Ý",Ycirc:"Ŷ",Ycy:"Ы",Yfr:"𝔜",Yopf:"𝕐",Yscr:"𝒴",Yuml:"Ÿ",ZHcy:"Ж",Zacute:"Ź",Zcaron:"Ž",Zcy:"З",Zdot:"Ż",ZeroWidthSpace:"​",Zeta:"Ζ",Zfr:"ℨ",Zopf:"ℤ",Zscr:"𝒵",aacute:"á",abreve:"ă",ac:"∾",acE:"∾̳",acd:"∿",acirc:"â",acute:"´",acy:"а",aelig:"æ",af:"⁡",afr:"𝔞",agrave:"à",alefsym:"ℵ",aleph:"ℵ",alpha:"α",amacr:"ā",amalg:"⨿",amp:"&",and:"∧",andand:"⩕",andd:"⩜",andslope:"⩘",andv:"⩚",ang:"∠",ange:"⦤",angle:"∠",angmsd:"∡",angmsdaa:"⦨",angmsdab:"⦩",angmsdac:"⦪",angmsdad:"⦫",angmsdae:"⦬",angmsdaf:"⦭",angmsdag:"⦮",angmsdah:"⦯",angrt:"∟",angrtvb:"⊾",angrtvbd:"⦝",angsph:"∢",angst:"Å",angzarr:"⍼",aogon:"ą",aopf:"𝕒",ap:"≈",apE:"⩰",apacir:"⩯",ape:"≊",apid:"≋",apos:"'",approx:"≈",approxeq:"≊",aring:"å",ascr:"𝒶",ast:"*",asymp:"≈",asympeq:"≍",atilde:"ã",auml:"ä",awconint:"∳",awint:"⨑",bNot:"⫭",backcong:"≌",backepsilon:"϶",backprime:"‵",backsim:"∽",backsimeq:"⋍",barvee:"⊽",barwed:"⌅",barwedge:"⌅",bbrk:"⎵",bbrktbrk:"⎶",bcong:"≌",bcy:"б",bdquo:"„",becaus:"∵",because:"∵",bemptyv:"⦰",bepsi:"϶",bernou:"ℬ",beta:"β",beth:"ℶ",between:"≬",bfr:"𝔟",bigcap:"⋂",bigcirc:"◯",bigcup:"⋃",bigodot:"⨀",bigoplus:"⨁",bigotimes:"⨂",bigsqcup:"⨆",bigstar:"★",bigtriangledown:"▽",bigtriangleup:"△",biguplus:"⨄",bigvee:"⋁",bigwedge:"⋀",bkarow:"⤍",blacklozenge:"⧫",blacksquare:"▪",blacktriangle:"▴",blacktriangledown:"▾",blacktriangleleft:"◂",blacktriangleright:"▸",blank:"␣",blk12:"▒",blk14:"░",blk34:"▓",block:"█",bne:"=⃥",bnequiv:"≡⃥",bnot:"⌐",bopf:"𝕓",bot:"⊥",bottom:"⊥",bowtie:"⋈",boxDL:"╗",boxDR:"╔",boxDl:"╖",boxDr:"╓",boxH:"═",boxHD:"╦",boxHU:"╩",boxHd:"╤",boxHu:"╧",boxUL:"╝",boxUR:"╚",boxUl:"╜",boxUr:"╙",boxV:"║",boxVH:"╬",boxVL:"╣",boxVR:"╠",boxVh:"╫",boxVl:"╢",boxVr:"╟",boxbox:"⧉",boxdL:"╕",boxdR:"╒",boxdl:"┐",boxdr:"┌",boxh:"─",boxhD:"╥",boxhU:"╨",boxhd:"┬",boxhu:"┴",boxminus:"⊟",boxplus:"⊞",boxtimes:"⊠",boxuL:"╛",boxuR:"╘",boxul:"┘",boxur:"└",boxv:"│",boxvH:"╪",boxvL:"╡",boxvR:"╞",boxvh:"┼",boxvl:"┤",boxvr:"├",bprime:"‵",breve:"˘",brvbar:"¦",bscr:"𝒷",bsemi:"⁏",bsim:"∽",bsime:"⋍",bsol:"\\",bsolb:"⧅",bsolhsub:"⟈",bull:"•",bullet:"•",bump:"≎",bumpE:"⪮",bumpe:"≏",bumpeq:"≏",cacute:"ć",cap:"∩",capand:"⩄",capbrcup:"⩉",capcap:"⩋",capcup:"⩇",capdot:"⩀",caps:"∩︀",caret:"⁁",caron:"ˇ",ccaps:"⩍",ccaron:"č",ccedil:"ç",ccirc:"ĉ",ccups:"⩌",ccupssm:"⩐",cdot:"ċ",cedil:"¸",cemptyv:"⦲",cent:"¢",centerdot:"·",cfr:"𝔠",chcy:"ч",check:"✓",checkmark:"✓",chi:"χ",cir:"○",cirE:"⧃",circ:"ˆ",circeq:"≗",circlearrowleft:"↺",circlearrowright:"↻",circledR:"®",circledS:"Ⓢ",circledast:"⊛",circledcirc:"⊚",circleddash:"⊝",cire:"≗",cirfnint:"⨐",cirmid:"⫯",cirscir:"⧂",clubs:"♣",clubsuit:"♣",colon:":",colone:"≔",coloneq:"≔",comma:",",commat:"@",comp:"∁",compfn:"∘",complement:"∁",complexes:"ℂ",cong:"≅",congdot:"⩭",conint:"∮",copf:"𝕔",coprod:"∐",copy:"©",copysr:"℗",crarr:"↵",cross:"✗",cscr:"𝒸",csub:"⫏",csube:"⫑",csup:"⫐",csupe:"⫒",ctdot:"⋯",cudarrl:"⤸",cudarrr:"⤵",cuepr:"⋞",cuesc:"⋟",cularr:"↶",cularrp:"⤽",cup:"∪",cupbrcap:"⩈",cupcap:"⩆",cupcup:"⩊",cupdot:"⊍",cupor:"⩅",cups:"∪︀",curarr:"↷",curarrm:"⤼",curlyeqprec:"⋞",curlyeqsucc:"⋟",curlyvee:"⋎",curlywedge:"⋏",curren:"¤",curvearrowleft:"↶",curvearrowright:"↷",cuvee:"⋎",cuwed:"⋏",cwconint:"∲",cwint:"∱",cylcty:"⌭",dArr:"⇓",dHar:"⥥",dagger:"†",daleth:"ℸ",darr:"↓",dash:"‐",dashv:"⊣",dbkarow:"⤏",dblac:"˝",dcaron:"ď",dcy:"д",dd:"ⅆ",ddagger:"‡",ddarr:"⇊",ddotseq:"⩷",deg:"°",delta:"δ",demptyv:"⦱",dfisht:"⥿",dfr:"𝔡",dharl:"⇃",dharr:"⇂",diam:"⋄",diamond:"⋄",diamondsuit:"♦",diams:"♦",die:"¨",digamma:"ϝ",disin:"⋲",div:"÷",divide:"÷",divideontimes:"⋇",divonx:"⋇",djcy:"ђ",dlcorn:"⌞",dlcrop:"⌍",dollar:"$",dopf:"𝕕",dot:"˙",doteq:"≐",doteqdot:"≑",dotminus:"∸",dotplus:"∔",dotsquare:"⊡",doublebarwedge:"⌆",downarrow:"↓",downdownarrows:"⇊",downharpoonleft:"⇃",downharpoonright:"⇂",drbkarow:"⤐",drcorn:"⌟",drcrop:"⌌",dscr:"𝒹",dscy:"ѕ",dsol:"⧶",dstrok:"đ",dtdot:"⋱",dtri:"▿",dtrif:"▾",duarr:"⇵",duhar:"⥯",dwangle:"⦦",dzcy:"џ",dzigrarr:"⟿",eDDot:"⩷",eDot:"≑",eacute:"é",easter:"⩮",ecaron:"ě",ecir:"≖",ecirc:"ê",ecolon:"≕",ecy:"э",edot:"ė",ee:"ⅇ",efDot:"≒",efr:"𝔢",eg:"⪚",egrave:"è",egs:"⪖",egsdot:"⪘",el:"⪙",elinters:"⏧",ell:"ℓ",els:"⪕",elsdot:"⪗",emacr:"ē",empty:"∅",emptyset:"∅",emptyv:"∅",emsp13:" ",emsp14:" ",emsp:" ",eng:"ŋ",ensp:" ",eogon:"ę",eopf:"𝕖",epar:"⋕",eparsl:"⧣",eplus:"⩱",epsi:"ε",epsilon:"ε",epsiv:"ϵ",eqcirc:"≖",eqcolon:"≕",eqsim:"≂",eqslantgtr:"⪖",eqslantless:"⪕",equals:"=",equest:"≟",equiv:"≡",equivDD:"⩸",eqvparsl:"⧥",erDot:"≓",erarr:"⥱",escr:"ℯ",esdot:"≐",esim:"≂",eta:"η",eth:"ð",euml:"ë",euro:"€",excl:"!",exist:"∃",expectation:"ℰ",exponentiale:"ⅇ",fallingdotseq:"≒",fcy:"ф",female:"♀",ffilig:"ﬃ",fflig:"ﬀ",ffllig:"ﬄ",ffr:"𝔣",filig:"ﬁ",fjlig:"fj",flat:"♭",fllig:"ﬂ",fltns:"▱",fnof:"ƒ",fopf:"𝕗",forall:"∀",fork:"⋔",forkv:"⫙",fpartint:"⨍",frac12:"½",frac13:"⅓",frac14:"¼",frac15:"⅕",frac16:"⅙",frac18:"⅛",frac23:"⅔",frac25:"⅖",frac34:"¾",frac35:"⅗",frac38:"⅜",frac45:"⅘",frac56:"⅚",frac58:"⅝",frac78:"⅞",frasl:"⁄",frown:"⌢",fscr:"𝒻",gE:"≧",gEl:"⪌",gacute:"ǵ",gamma:"γ",gammad:"ϝ",gap:"⪆",gbreve:"ğ",gcirc:"ĝ",gcy:"г",gdot:"ġ",ge:"≥",gel:"⋛",geq:"≥",geqq:"≧",geqslant:"⩾",ges:"⩾",gescc:"⪩",gesdot:"⪀",gesdoto:"⪂",gesdotol:"⪄",gesl:"⋛︀",gesles:"⪔",gfr:"𝔤",gg:"≫",ggg:"⋙",gimel:"ℷ",gjcy:"ѓ",gl:"≷",glE:"⪒",gla:"⪥",glj:"⪤",gnE:"≩",gnap:"⪊",gnapprox:"⪊",gne:"⪈",gneq:"⪈",gneqq:"≩",gnsim:"⋧",gopf:"𝕘",grave:"`",gscr:"ℊ",gsim:"≳",gsime:"⪎",gsiml:"⪐",gt:">",gtcc:"⪧",gtcir:"⩺",gtdot:"⋗",gtlPar:"⦕",gtquest:"⩼",gtrapprox:"⪆",gtrarr:"⥸",gtrdot:"⋗",gtreqless:"⋛",gtreqqless:"⪌",gtrless:"≷",gtrsim:"≳",gvertneqq:"≩︀",gvnE:"≩︀",hArr:"⇔",hairsp:" ",half:"½",hamilt:"ℋ",hardcy:"ъ",harr:"↔",harrcir:"⥈",harrw:"↭",hbar:"ℏ",hcirc:"ĥ",hearts:"♥",heartsuit:"♥",hellip:"…",hercon:"⊹",hfr:"𝔥",hksearow:"⤥",hkswarow:"⤦",hoarr:"⇿",homtht:"∻",hookleftarrow:"↩",hookrightarrow:"↪",hopf:"𝕙",horbar:"―",hscr:"𝒽",hslash:"ℏ",hstrok:"ħ",hybull:"⁃",hyphen:"‐",iacute:"í",ic:"⁣",icirc:"î",icy:"и",iecy:"е",iexcl:"¡",iff:"⇔",ifr:"𝔦",igrave:"ì",ii:"ⅈ",iiiint:"⨌",iiint:"∭",iinfin:"⧜",iiota:"℩",ijlig:"ĳ",imacr:"ī",image:"ℑ",imagline:"ℐ",imagpart:"ℑ",imath:"ı",imof:"⊷",imped:"Ƶ",in:"∈",incare:"℅",infin:"∞",infintie:"⧝",inodot:"ı",int:"∫",intcal:"⊺",integers:"ℤ",intercal:"⊺",intlarhk:"⨗",intprod:"⨼",iocy:"ё",iogon:"į",iopf:"𝕚",iota:"ι",iprod:"⨼",iquest:"¿",iscr:"𝒾",isin:"∈",isinE:"⋹",isindot:"⋵",isins:"⋴",isinsv:"⋳",isinv:"∈",it:"⁢",itilde:"ĩ",iukcy:"і",iuml:"ï",jcirc:"ĵ",jcy:"й",jfr:"𝔧",jmath:"ȷ",jopf:"𝕛",jscr:"𝒿",jsercy:"ј",jukcy:"є",kappa:"κ",kappav:"ϰ",kcedil:"ķ",kcy:"к",kfr:"𝔨",kgreen:"ĸ",khcy:"х",kjcy:"ќ",kopf:"𝕜",kscr:"𝓀",lAarr:"⇚",lArr:"⇐",lAtail:"⤛",lBarr:"⤎",lE:"≦",lEg:"⪋",lHar:"⥢",lacute:"ĺ",laemptyv:"⦴",lagran:"ℒ",lambda:"λ",lang:"⟨",langd:"⦑",langle:"⟨",lap:"⪅",laquo:"«",larr:"←",larrb:"⇤",larrbfs:"⤟",larrfs:"⤝",larrhk:"↩",larrlp:"↫",larrpl:"⤹",larrsim:"⥳",larrtl:"↢",lat:"⪫",latail:"⤙",late:"⪭",lates:"⪭︀",lbarr:"⤌",lbbrk:"❲",lbrace:"{",lbrack:"[",lbrke:"⦋",lbrksld:"⦏",lbrkslu:"⦍",lcaron:"ľ",lcedil:"ļ",lceil:"⌈",lcub:"{",lcy:"л",ldca:"⤶",ldquo:"“",ldquor:"„",ldrdhar:"⥧",ldrushar:"⥋",ldsh:"↲",le:"≤",leftarrow:"←",leftarrowtail:"↢",leftharpoondown:"↽",leftharpoonup:"↼",leftleftarrows:"⇇",leftrightarrow:"↔",leftrightarrows:"⇆",leftrightharpoons:"⇋",leftrightsquigarrow:"↭",leftthreetimes:"⋋",leg:"⋚",leq:"≤",leqq:"≦",leqslant:"⩽",les:"⩽",lescc:"⪨",lesdot:"⩿",lesdoto:"⪁",lesdotor:"⪃",lesg:"⋚︀",lesges:"⪓",lessapprox:"⪅",lessdot:"⋖",lesseqgtr:"⋚",lesseqqgtr:"⪋",lessgtr:"≶",lesssim:"≲",lfisht:"⥼",lfloor:"⌊",lfr:"𝔩",lg:"≶",lgE:"⪑",lhard:"↽",lharu:"↼",lharul:"⥪",lhblk:"▄",ljcy:"љ",ll:"≪",llarr:"⇇",llcorner:"⌞",llhard:"⥫",lltri:"◺",lmidot:"ŀ",lmoust:"⎰",lmoustache:"⎰",lnE:"≨",lnap:"⪉",lnapprox:"⪉",lne:"⪇",lneq:"⪇",lneqq:"≨",lnsim:"⋦",loang:"⟬",loarr:"⇽",lobrk:"⟦",longleftarrow:"⟵",longleftrightarrow:"⟷",longmapsto:"⟼",longrightarrow:"⟶",looparrowleft:"↫",looparrowright:"↬",lopar:"⦅",lopf:"𝕝",loplus:"⨭",lotimes:"⨴",lowast:"∗",lowbar:"_",loz:"◊",lozenge:"◊",lozf:"⧫",lpar:"(",lparlt:"⦓",lrarr:"⇆",lrcorner:"⌟",lrhar:"⇋",lrhard:"⥭",lrm:"‎",lrtri:"⊿",lsaquo:"‹",lscr:"𝓁",lsh:"↰",lsim:"≲",lsime:"⪍",lsimg:"⪏",lsqb:"[",lsquo:"‘",lsquor:"‚",lstrok:"ł",lt:"<",ltcc:"⪦",ltcir:"⩹",ltdot:"⋖",lthree:"⋋",ltimes:"⋉",ltlarr:"⥶",ltquest:"⩻",ltrPar:"⦖",ltri:"◃",ltrie:"⊴",ltrif:"◂",lurdshar:"⥊",luruhar:"⥦",lvertneqq:"≨︀",lvnE:"≨︀",mDDot:"∺",macr:"¯",male:"♂",malt:"✠",maltese:"✠",map:"↦",mapsto:"↦",mapstodown:"↧",mapstoleft:"↤",mapstoup:"↥",marker:"▮",mcomma:"⨩",mcy:"м",mdash:"—",measuredangle:"∡",mfr:"𝔪",mho:"℧",micro:"µ",mid:"∣",midast:"*",midcir:"⫰",middot:"·",minus:"−",minusb:"⊟",minusd:"∸",minusdu:"⨪",mlcp:"⫛",mldr:"…",mnplus:"∓",models:"⊧",mopf:"𝕞",mp:"∓",mscr:"𝓂",mstpos:"∾",mu:"μ",multimap:"⊸",mumap:"⊸",nGg:"⋙̸",nGt:"≫⃒",nGtv:"≫̸",nLeftarrow:"⇍",nLeftrightarrow:"⇎",nLl:"⋘̸",nLt:"≪⃒",nLtv:"≪̸",nRightarrow:"⇏",nVDash:"⊯",nVdash:"⊮",nabla:"∇",nacute:"ń",nang:"∠⃒",nap:"≉",napE:"⩰̸",napid:"≋̸",napos:"ŉ",napprox:"≉",natur:"♮",natural:"♮",naturals:"ℕ",nbsp:" ",nbump:"≎̸",nbumpe:"≏̸",ncap:"⩃",ncaron:"ň",ncedil:"ņ",ncong:"≇",ncongdot:"⩭̸",ncup:"⩂",ncy:"н",ndash:"–",ne:"≠",neArr:"⇗",nearhk:"⤤",nearr:"↗",nearrow:"↗",nedot:"≐̸",nequiv:"≢",nesear:"⤨",nesim:"≂̸",nexist:"∄",nexists:"∄",nfr:"𝔫",ngE:"≧̸",nge:"≱",ngeq:"≱",ngeqq:"≧̸",ngeqslant:"⩾̸",nges:"⩾̸",ngsim:"≵",ngt:"≯",ngtr:"≯",nhArr:"⇎",nharr:"↮",nhpar:"⫲",ni:"∋",nis:"⋼",nisd:"⋺",niv:"∋",njcy:"њ",nlArr:"⇍",nlE:"≦̸",nlarr:"↚",nldr:"‥",nle:"≰",nleftarrow:"↚",nleftrightarrow:"↮",nleq:"≰",nleqq:"≦̸",nleqslant:"⩽̸",nles:"⩽̸",nless:"≮",nlsim:"≴",nlt:"≮",nltri:"⋪",nltrie:"⋬",nmid:"∤",nopf:"𝕟",not:"¬",notin:"∉",notinE:"⋹̸",notindot:"⋵̸",notinva:"∉",notinvb:"⋷",notinvc:"⋶",notni:"∌",notniva:"∌",notnivb:"⋾",notnivc:"⋽",npar:"∦",nparallel:"∦",nparsl:"⫽⃥",npart:"∂̸",npolint:"⨔",npr:"⊀",nprcue:"⋠",npre:"⪯̸",nprec:"⊀",npreceq:"⪯̸",nrArr:"⇏",nrarr:"↛",nrarrc:"⤳̸",nrarrw:"↝̸",nrightarrow:"↛",nrtri:"⋫",nrtrie:"⋭",nsc:"⊁",nsccue:"⋡",nsce:"⪰̸",nscr:"𝓃",nshortmid:"∤",nshortparallel:"∦",nsim:"≁",nsime:"≄",nsimeq:"≄",nsmid:"∤",nspar:"∦",nsqsube:"⋢",nsqsupe:"⋣",nsub:"⊄",nsubE:"⫅̸",nsube:"⊈",nsubset:"⊂⃒",nsubseteq:"⊈",nsubseteqq:"⫅̸",nsucc:"⊁",nsucceq:"⪰̸",nsup:"⊅",nsupE:"⫆̸",nsupe:"⊉",nsupset:"⊃⃒",nsupseteq:"⊉",nsupseteqq:"⫆̸",ntgl:"≹",ntilde:"ñ",ntlg:"≸",ntriangleleft:"⋪",ntrianglelefteq:"⋬",ntriangleright:"⋫",ntrianglerighteq:"⋭",nu:"ν",num:"#",numero:"№",numsp:" ",nvDash:"⊭",nvHarr:"⤄",nvap:"≍⃒",nvdash:"⊬",nvge:"≥⃒",nvgt:">⃒",nvinfin:"⧞",nvlArr:"⤂",nvle:"≤⃒",nvlt:"<⃒",nvltrie:"⊴⃒",nvrArr:"⤃",nvrtrie:"⊵⃒",nvsim:"∼⃒",nwArr:"⇖",nwarhk:"⤣",nwarr:"↖",nwarrow:"↖",nwnear:"⤧",oS:"Ⓢ",oacute:"ó",oast:"⊛",ocir:"⊚",ocirc:"ô",ocy:"о",odash:"⊝",odblac:"ő",odiv:"⨸",odot:"⊙",odsold:"⦼",oelig:"œ",ofcir:"⦿",ofr:"𝔬",ogon:"˛",ograve:"ò",ogt:"⧁",ohbar:"⦵",ohm:"Ω",oint:"∮",olarr:"↺",olcir:"⦾",olcross:"⦻",oline:"‾",olt:"⧀",omacr:"ō",omega:"ω",omicron:"ο",omid:"⦶",ominus:"⊖",oopf:"𝕠",opar:"⦷",operp:"⦹",oplus:"⊕",or:"∨",orarr:"↻",ord:"⩝",order:"ℴ",orderof:"ℴ",ordf:"ª",ordm:"º",origof:"⊶",oror:"⩖",orslope:"⩗",orv:"⩛",oscr:"ℴ",oslash:"ø",osol:"⊘",otilde:"õ",otimes:"⊗",otimesas:"⨶",ouml:"ö",ovbar:"⌽",par:"∥",para:"¶",parallel:"∥",parsim:"⫳",parsl:"⫽",part:"∂",pcy:"п",percnt:"%",period:".",permil:"‰",perp:"⊥",pertenk:"‱",pfr:"𝔭",phi:"φ",phiv:"ϕ",phmmat:"ℳ",phone:"☎",pi:"π",pitchfork:"⋔",piv:"ϖ",planck:"ℏ",planckh:"ℎ",plankv:"ℏ",plus:"+",plusacir:"⨣",plusb:"⊞",pluscir:"⨢",plusdo:"∔",plusdu:"⨥",pluse:"⩲",plusmn:"±",plussim:"⨦",plustwo:"⨧",pm:"±",pointint:"⨕",popf:"𝕡",pound:"£",pr:"≺",prE:"⪳",prap:"⪷",prcue:"≼",pre:"⪯",prec:"≺",precapprox:"⪷",preccurlyeq:"≼",preceq:"⪯",precnapprox:"⪹",precneqq:"⪵",precnsim:"⋨",precsim:"≾",prime:"′",primes:"ℙ",prnE:"⪵",prnap:"⪹",prnsim:"⋨",prod:"∏",profalar:"⌮",profline:"⌒",profsurf:"⌓",prop:"∝",propto:"∝",prsim:"≾",prurel:"⊰",pscr:"𝓅",psi:"ψ",puncsp:" ",qfr:"𝔮",qint:"⨌",qopf:"𝕢",qprime:"⁗",qscr:"𝓆",quaternions:"ℍ",quatint:"⨖",quest:"?",questeq:"≟",quot:'"',rAarr:"⇛",rArr:"⇒",rAtail:"⤜",rBarr:"⤏",rHar:"⥤",race:"∽̱",racute:"ŕ",radic:"√",raemptyv:"⦳",rang:"⟩",rangd:"⦒",range:"⦥",rangle:"⟩",raquo:"»",rarr:"→",rarrap:"⥵",rarrb:"⇥",rarrbfs:"⤠",rarrc:"⤳",rarrfs:"⤞",rarrhk:"↪",rarrlp:"↬",rarrpl:"⥅",rarrsim:"⥴",rarrtl:"↣",rarrw:"↝",ratail:"⤚",ratio:"∶",rationals:"ℚ",rbarr:"⤍",rbbrk:"❳",rbrace:"}",rbrack:"]",rbrke:"⦌",rbrksld:"⦎",rbrkslu:"⦐",rcaron:"ř",rcedil:"ŗ",rceil:"⌉",rcub:"}",rcy:"р",rdca:"⤷",rdldhar:"⥩",rdquo:"”",rdquor:"”",rdsh:"↳",real:"ℜ",realine:"ℛ",realpart:"ℜ",reals:"ℝ",rect:"▭",reg:"®",rfisht:"⥽",rfloor:"⌋",rfr:"𝔯",rhard:"⇁",rharu:"⇀",rharul:"⥬",rho:"ρ",rhov:"ϱ",rightarrow:"→",rightarrowtail:"↣",rightharpoondown:"⇁",rightharpoonup:"⇀",rightleftarrows:"⇄",rightleftharpoons:"⇌",rightrightarrows:"⇉",rightsquigarrow:"↝",rightthreetimes:"⋌",ring:"˚",risingdotseq:"≓",rlarr:"⇄",rlhar:"⇌",rlm:"‏",rmoust:"⎱",rmoustache:"⎱",rnmid:"⫮",roang:"⟭",roarr:"⇾",robrk:"⟧",ropar:"⦆",ropf:"𝕣",roplus:"⨮",rotimes:"⨵",rpar:")",rpargt:"⦔",rppolint:"⨒",rrarr:"⇉",rsaquo:"›",rscr:"𝓇",rsh:"↱",rsqb:"]",rsquo:"’",rsquor:"’",rthree:"⋌",rtimes:"⋊",rtri:"▹",rtrie:"⊵",rtrif:"▸",rtriltri:"⧎",ruluhar:"⥨",rx:"℞",sacute:"ś",sbquo:"‚",sc:"≻",scE:"⪴",scap:"⪸",scaron:"š",sccue:"≽",sce:"⪰",scedil:"ş",scirc:"ŝ",scnE:"⪶",scnap:"⪺",scnsim:"⋩",scpolint:"⨓",scsim:"≿",scy:"с",sdot:"⋅",sdotb:"⊡",sdote:"⩦",seArr:"⇘",searhk:"⤥",searr:"↘",searrow:"↘",sect:"§",semi:";",seswar:"⤩",setminus:"∖",setmn:"∖",sext:"✶",sfr:"𝔰",sfrown:"⌢",sharp:"♯",shchcy:"щ",shcy:"ш",shortmid:"∣",shortparallel:"∥",shy:"­",sigma:"σ",sigmaf:"ς",sigmav:"ς",sim:"∼",simdot:"⩪",sime:"≃",simeq:"≃",simg:"⪞",simgE:"⪠",siml:"⪝",simlE:"⪟",simne:"≆",simplus:"⨤",simrarr:"⥲",slarr:"←",smallsetminus:"∖",smashp:"⨳",smeparsl:"⧤",smid:"∣",smile:"⌣",smt:"⪪",smte:"⪬",smtes:"⪬︀",softcy:"ь",sol:"/",solb:"⧄",solbar:"⌿",sopf:"𝕤",spades:"♠",spadesuit:"♠",spar:"∥",sqcap:"⊓",sqcaps:"⊓︀",sqcup:"⊔",sqcups:"⊔︀",sqsub:"⊏",sqsube:"⊑",sqsubset:"⊏",sqsubseteq:"⊑",sqsup:"⊐",sqsupe:"⊒",sqsupset:"⊐",sqsupseteq:"⊒",squ:"□",square:"□",squarf:"▪",squf:"▪",srarr:"→",sscr:"𝓈",ssetmn:"∖",ssmile:"⌣",sstarf:"⋆",star:"☆",starf:"★",straightepsilon:"ϵ",straightphi:"ϕ",strns:"¯",sub:"⊂",subE:"⫅",subdot:"⪽",sube:"⊆",subedot:"⫃",submult:"⫁",subnE:"⫋",subne:"⊊",subplus:"⪿",subrarr:"⥹",subset:"⊂",subseteq:"⊆",subseteqq:"⫅",subsetneq:"⊊",subsetneqq:"⫋",subsim:"⫇",subsub:"⫕",subsup:"⫓",succ:"≻",succapprox:"⪸",succcurlyeq:"≽",succeq:"⪰",succnapprox:"⪺",succneqq:"⪶",succnsim:"⋩",succsim:"≿",sum:"∑",sung:"♪",sup1:"¹",sup2:"²",sup3:"³",sup:"⊃",supE:"⫆",supdot:"⪾",supdsub:"⫘",supe:"⊇",supedot:"⫄",suphsol:"⟉",suphsub:"⫗",suplarr:"⥻",supmult:"⫂",supnE:"⫌",supne:"⊋",supplus:"⫀",supset:"⊃",supseteq:"⊇",supseteqq:"⫆",supsetneq:"⊋",supsetneqq:"⫌",supsim:"⫈",supsub:"⫔",supsup:"⫖",swArr:"⇙",swarhk:"⤦",swarr:"↙",swarrow:"↙",swnwar:"⤪",szlig:"ß",target:"⌖",tau:"τ",tbrk:"⎴",tcaron:"ť",tcedil:"ţ",tcy:"т",tdot:"⃛",telrec:"⌕",tfr:"𝔱",there4:"∴",therefore:"∴",theta:"θ",thetasym:"ϑ",thetav:"ϑ",thickapprox:"≈",thicksim:"∼",thinsp:" ",thkap:"≈",thksim:"∼",thorn:"þ",tilde:"˜",times:"×",timesb:"⊠",timesbar:"⨱",timesd:"⨰",tint:"∭",toea:"⤨",top:"⊤",topbot:"⌶",topcir:"⫱",topf:"𝕥",topfork:"⫚",tosa:"⤩",tprime:"‴",trade:"™",triangle:"▵",triangledown:"▿",triangleleft:"◃",trianglelefteq:"⊴",triangleq:"≜",triangleright:"▹",trianglerighteq:"⊵",tridot:"◬",trie:"≜",triminus:"⨺",triplus:"⨹",trisb:"⧍",tritime:"⨻",trpezium:"⏢",tscr:"𝓉",tscy:"ц",tshcy:"ћ",tstrok:"ŧ",twixt:"≬",twoheadleftarrow:"↞",twoheadrightarrow:"↠",uArr:"⇑",uHar:"⥣",uacute:"ú",uarr:"↑",ubrcy:"ў",ubreve:"ŭ",ucirc:"û",ucy:"у",udarr:"⇅",udblac:"ű",udhar:"⥮",ufisht:"⥾",ufr:"𝔲",ugrave:"ù",uharl:"↿",uharr:"↾",uhblk:"▀",ulcorn:"⌜",ulcorner:"⌜",ulcrop:"⌏",ultri:"◸",umacr:"ū",uml:"¨",uogon:"ų",uopf:"𝕦",uparrow:"↑",updownarrow:"↕",upharpoonleft:"↿",upharpoonright:"↾",uplus:"⊎",upsi:"υ",upsih:"ϒ",upsilon:"υ",upuparrows:"⇈",urcorn:"⌝",urcorner:"⌝",urcrop:"⌎",uring:"ů",urtri:"◹",uscr:"𝓊",utdot:"⋰",utilde:"ũ",utri:"▵",utrif:"▴",uuarr:"⇈",uuml:"ü",uwangle:"⦧",vArr:"⇕",vBar:"⫨",vBarv:"⫩",vDash:"⊨",vangrt:"⦜",varepsilon:"ϵ",varkappa:"ϰ",varnothing:"∅",varphi:"ϕ",varpi:"ϖ",varpropto:"∝",varr:"↕",varrho:"ϱ",varsigma:"ς",varsubsetneq:"⊊︀",varsubsetneqq:"⫋︀",varsupsetneq:"⊋︀",varsupsetneqq:"⫌︀",vartheta:"ϑ",vartriangleleft:"⊲",vartriangleright:"⊳",vcy:"в",vdash:"⊢",vee:"∨",veebar:"⊻",veeeq:"≚",vellip:"⋮",verbar:"|",vert:"|",vfr:"𝔳",vltri:"⊲",vnsub:"⊂⃒",vnsup:"⊃⃒",vopf:"𝕧",vprop:"∝",vrtri:"⊳",vscr:"𝓋",vsubnE:"⫋︀",vsubne:"⊊︀",vsupnE:"⫌︀",vsupne:"⊋︀",vzigzag:"⦚",wcirc:"ŵ",wedbar:"⩟",wedge:"∧",wedgeq:"≙",weierp:"℘",wfr:"𝔴",wopf:"𝕨",wp:"℘",wr:"≀",wreath:"≀",wscr:"𝓌",xcap:"⋂",xcirc:"◯",xcup:"⋃",xdtri:"▽",xfr:"𝔵",xhArr:"⟺",xharr:"⟷",xi:"ξ",xlArr:"⟸",xlarr:"⟵",xmap:"⟼",xnis:"⋻",xodot:"⨀",xopf:"𝕩",xoplus:"⨁",xotime:"⨂",xrArr:"⟹",xrarr:"⟶",xscr:"𝓍",xsqcup:"⨆",xuplus:"⨄",xutri:"△",xvee:"⋁",xwedge:"⋀",yacute:"ý",yacy:"я",ycirc:"ŷ",ycy:"ы",yen:"¥",yfr:"𝔶",yicy:"ї",yopf:"𝕪",yscr:"𝓎",yucy:"ю",yuml:"ÿ",zacute:"ź",zcaron:"ž",zcy:"з",zdot:"ż",zeetrf:"ℨ",zeta:"ζ",zfr:"𝔷",zhcy:"ж",zigrarr:"⇝",zopf:"𝕫",zscr:"𝓏",zwj:"‍",zwnj:"‌"};const q={}.hasOwnProperty;function decodeNamedCharacterReference(e){return q.call(j,e)?j[e]:false}const B={name:"characterReference",tokenize:tokenizeCharacterReference};function tokenizeCharacterReference(e,t,n){const r=this;let i=0;let o;let s;return start;function start(t){e.enter("characterReference");e.enter("characterReferenceMarker");e.consume(t);e.exit("characterReferenceMarker");return open}function open(t){if(t===35){e.enter("characterReferenceMarkerNumeric");e.consume(t);e.exit("characterReferenceMarkerNumeric");return numeric}e.enter("characterReferenceValue");o=31;s=u.lV;return value(t)}function numeric(t){if(t===88||t===120){e.enter("characterReferenceMarkerHexadecimal");e.consume(t);e.exit("characterReferenceMarkerHexadecimal");e.enter("characterReferenceValue");o=6;s=u.ok;return value}e.enter("characterReferenceValue");o=7;s=u.BM;return value(t)}function value(a){if(a===59&&i){const i=e.exit("characterReferenceValue");if(s===u.lV&&!decodeNamedCharacterReference(r.sliceSerialize(i))){return n(a)}e.enter("characterReferenceMarker");e.consume(a);e.exit("characterReferenceMarker");e.exit("characterReference");return t}if(s(a)&&i++<o){e.consume(a);return value}return n(a)}}const z={name:"characterEscape",tokenize:tokenizeCharacterEscape};function tokenizeCharacterEscape(e,t,n){return start;function start(t){e.enter("characterEscape");e.enter("escapeMarker");e.consume(t);e.exit("escapeMarker");return inside}function inside(r){if((0,u.ol)(r)){e.enter("characterEscapeValue");e.consume(r);e.exit("characterEscapeValue");e.exit("characterEscape");return t}return n(r)}}const U={name:"lineEnding",tokenize:tokenizeLineEnding};function tokenizeLineEnding(e,t){return start;function start(n){e.enter("lineEnding");e.consume(n);e.exit("lineEnding");return factorySpace(e,t,"linePrefix")}}function resolveAll(e,t,n){const r=[];let i=-1;while(++i<e.length){const o=e[i].resolveAll;if(o&&!r.includes(o)){t=o(t,n);r.push(o)}}return t}const H={name:"labelEnd",resolveAll:resolveAllLabelEnd,resolveTo:resolveToLabelEnd,tokenize:tokenizeLabelEnd};const V={tokenize:tokenizeResource};const K={tokenize:tokenizeReferenceFull};const Y={tokenize:tokenizeReferenceCollapsed};function resolveAllLabelEnd(e){let t=-1;const n=[];while(++t<e.length){const r=e[t][1];n.push(e[t]);if(r.type==="labelImage"||r.type==="labelLink"||r.type==="labelEnd"){const e=r.type==="labelImage"?4:2;r.type="data";t+=e}}if(e.length!==n.length){splice(e,0,e.length,n)}return e}function resolveToLabelEnd(e,t){let n=e.length;let r=0;let i;let o;let s;while(n--){const t=e[n][1];if(i){if(t.type==="link"||t.type==="labelLink"&&t._inactive){break}if(e[n][0]==="enter"&&t.type==="labelLink"){t._inactive=true}}else if(o){if(e[n][0]==="enter"&&(t.type==="labelImage"||t.type==="labelLink")&&!t._balanced){i=n;if(t.type!=="labelLink"){r=2;break}}}else if(t.type==="labelEnd"){o=n}}const a={type:e[i][1].type==="labelLink"?"link":"image",start:{...e[i][1].start},end:{...e[e.length-1][1].end}};const l={type:"label",start:{...e[i][1].start},end:{...e[o][1].end}};const c={type:"labelText",start:{...e[i+r+2][1].end},end:{...e[o-2][1].start}};s=[["enter",a,t],["enter",l,t]];s=push(s,e.slice(i+1,i+r+3));s=push(s,[["enter",c,t]]);s=push(s,resolveAll(t.parser.constructs.insideSpan.null,e.slice(i+r+4,o-3),t));s=push(s,[["exit",c,t],e[o-2],e[o-1],["exit",l,t]]);s=push(s,e.slice(o+1));s=push(s,[["exit",a,t]]);splice(e,i,e.length,s);return e}function tokenizeLabelEnd(e,t,n){const r=this;const i=r._labelStarts;let o;let s;if(i){while(i.length>0&&i[i.length-1]._balanced){i.pop()}o=i[i.length-1]}return start;function start(t){if(!o){return n(t)}if(o._inactive){return labelEndNok(t)}s=r.parser.defined.includes((0,E.B)(r.sliceSerialize({start:o.end,end:r.now()})));e.enter("labelEnd");e.enter("labelMarker");e.consume(t);e.exit("labelMarker");e.exit("labelEnd");return after}function after(t){if(t===40){return e.attempt(V,labelEndOk,s?labelEndOk:labelEndNok)(t)}if(t===91){return e.attempt(K,labelEndOk,s?referenceNotFull:labelEndNok)(t)}return s?labelEndOk(t):labelEndNok(t)}function referenceNotFull(t){return e.attempt(Y,labelEndOk,labelEndNok)(t)}function labelEndOk(e){i.pop();return t(e)}function labelEndNok(e){o._balanced=true;return n(e)}}function tokenizeResource(e,t,n){return resourceStart;function resourceStart(t){e.enter("resource");e.enter("resourceMarker");e.consume(t);e.exit("resourceMarker");return resourceBefore}function resourceBefore(t){return(0,u.Ee)(t)?factoryWhitespace(e,resourceOpen)(t):resourceOpen(t)}function resourceOpen(t){if(t===41){return resourceEnd(t)}return factoryDestination(e,resourceDestinationAfter,resourceDestinationMissing,"resourceDestination","resourceDestinationLiteral","resourceDestinationLiteralMarker","resourceDestinationRaw","resourceDestinationString",32)(t)}function resourceDestinationAfter(t){return(0,u.Ee)(t)?factoryWhitespace(e,resourceBetween)(t):resourceEnd(t)}function resourceDestinationMissing(e){return n(e)}function resourceBetween(t){if(t===34||t===39||t===40){return factoryTitle(e,resourceTitleAfter,n,"resourceTitle","resourceTitleMarker","resourceTitleString")(t)}return resourceEnd(t)}function resourceTitleAfter(t){return(0,u.Ee)(t)?factoryWhitespace(e,resourceEnd)(t):resourceEnd(t)}function resourceEnd(r){if(r===41){e.enter("resourceMarker");e.consume(r);e.exit("resourceMarker");e.exit("resource");return t}return n(r)}}function tokenizeReferenceFull(e,t,n){const r=this;return referenceFull;function referenceFull(t){return factoryLabel.call(r,e,referenceFullAfter,referenceFullMissing,"reference","referenceMarker","referenceString")(t)}function referenceFullAfter(e){return r.parser.defined.includes((0,E.B)(r.sliceSerialize(r.events[r.events.length-1][1]).slice(1,-1)))?t(e):n(e)}function referenceFullMissing(e){return n(e)}}function tokenizeReferenceCollapsed(e,t,n){return referenceCollapsedStart;function referenceCollapsedStart(t){e.enter("reference");e.enter("referenceMarker");e.consume(t);e.exit("referenceMarker");return referenceCollapsedOpen}function referenceCollapsedOpen(r){if(r===93){e.enter("referenceMarker");e.consume(r);e.exit("referenceMarker");e.exit("reference");return t}return n(r)}}const W={name:"labelStartImage",resolveAll:H.resolveAll,tokenize:tokenizeLabelStartImage};function tokenizeLabelStartImage(e,t,n){const r=this;let i;return start;function start(t){e.enter("labelImage");e.enter("labelImageMarker");e.consume(t);e.exit("labelImageMarker");return open}function open(t){if(t===91){e.enter("labelMarker");e.consume(t);e.exit("labelMarker");i=e.exit("labelImage");return after}return n(t)}function after(e){if(e===94&&"_hiddenFootnoteSupport"in r.parser.constructs){return n(e)}r._labelStarts=r._labelStarts||[];r._labelStarts.push(i);return t(e)}}function classifyCharacter(e){if(e===null||(0,u.Ee)(e)||(0,u.Ny)(e)){return 1}if((0,u.es)(e)){return 2}}const G={name:"attention",resolveAll:resolveAllAttention,tokenize:tokenizeAttention};function resolveAllAttention(e,t){let n=-1;let r;while(++n<e.length){if(e[n][0]==="enter"&&e[n][1].type==="attentionSequence"&&e[n][1]._close){let i=n;while(i--){if(e[i][0]==="exit"&&e[i][1].type==="attentionSequence"&&e[i][1]._open&&t.sliceSerialize(e[i][1]).charCodeAt(0)===t.sliceSerialize(e[n][1]).charCodeAt(0)){if((e[i][1]._close||e[n][1]._open)&&(e[n][1].end.offset-e[n][1].start.offset)%3&&!((e[i][1].end.offset-e[i][1].start.offset+e[n][1].end.offset-e[n][1].start.offset)%3)){continue}const o=e[i][1].end.offset-e[i][1].start.offset>1&&e[n][1].end.offset-e[n][1].start.offset>1?2:1;const s={...e[i][1].end};const a={...e[n][1].start};movePoint(s,-o);movePoint(a,o);const l={type:o>1?"strongSequence":"emphasisSequence",start:s,end:{...e[i][1].end}};const c={type:o>1?"strongSequence":"emphasisSequence",start:{...e[n][1].start},end:a};const u={type:o>1?"strongText":"emphasisText",start:{...e[i][1].end},end:{...e[n][1].start}};const f={type:o>1?"strong":"emphasis",start:{...l.start},end:{...c.end}};e[i][1].end={...l.start};e[n][1].start={...c.end};r=[];if(e[i][1].end.offset-e[i][1].start.offset){r=push(r,[["enter",e[i][1],t],["exit",e[i][1],t]])}r=push(r,[["enter",f,t],["enter",l,t],["exit",l,t],["enter",u,t]]);r=push(r,resolveAll(t.parser.constructs.insideSpan.null,e.slice(i+1,n),t));r=push(r,[["exit",u,t],["enter",c,t],["exit",c,t],["exit",f,t]]);let d=0;if(e[n][1].end.offset-e[n][1].start.offset){d=2;r=push(r,[["enter",e[n][1],t],["exit",e[n][1],t]])}splice(e,i-1,n-i+3,r);n=i+r.length-d-2;break}}}}n=-1;while(++n<e.length){if(e[n][1].type==="attentionSequence"){e[n][1].type="data"}}return e}function tokenizeAttention(e,t){const n=this.parser.constructs.attentionMarkers.null;const r=this.previous;const i=classifyCharacter(r);let o;return start;function start(t){o=t;e.enter("attentionSequence");return inside(t)}function inside(s){if(s===o){e.consume(s);return inside}const a=e.exit("attentionSequence");const l=classifyCharacter(s);const c=!l||l===2&&i||n.includes(s)&&s!==42&&s!==95;const u=!i||i===2&&l||n.includes(r)&&r!==42&&r!==95;a._open=Boolean(o===42?c:c&&(i||!u));a._close=Boolean(o===42?u:u&&(l||!c));return t(s)}}function movePoint(e,t){e.column+=t;e.offset+=t;e._bufferIndex+=t}const J={name:"autolink",tokenize:tokenizeAutolink};function tokenizeAutolink(e,t,n){let r=0;return start;function start(t){e.enter("autolink");e.enter("autolinkMarker");e.consume(t);e.exit("autolinkMarker");e.enter("autolinkProtocol");return open}function open(t){if((0,u.CW)(t)){e.consume(t);return schemeOrEmailAtext}if(t===64){return n(t)}return emailAtext(t)}function schemeOrEmailAtext(e){if(e===43||e===45||e===46||(0,u.lV)(e)){r=1;return schemeInsideOrEmailAtext(e)}return emailAtext(e)}function schemeInsideOrEmailAtext(t){if(t===58){e.consume(t);r=0;return urlInside}if((t===43||t===45||t===46||(0,u.lV)(t))&&r++<32){e.consume(t);return schemeInsideOrEmailAtext}r=0;return emailAtext(t)}function urlInside(r){if(r===62){e.exit("autolinkProtocol");e.enter("autolinkMarker");e.consume(r);e.exit("autolinkMarker");e.exit("autolink");return t}if(r===null||r===32||r===60||(0,u.JQ)(r)){return n(r)}e.consume(r);return urlInside}function emailAtext(t){if(t===64){e.consume(t);return emailAtSignOrDot}if((0,u.cx)(t)){e.consume(t);return emailAtext}return n(t)}function emailAtSignOrDot(e){return(0,u.lV)(e)?emailLabel(e):n(e)}function emailLabel(n){if(n===46){e.consume(n);r=0;return emailAtSignOrDot}if(n===62){e.exit("autolinkProtocol").type="autolinkEmail";e.enter("autolinkMarker");e.consume(n);e.exit("autolinkMarker");e.exit("autolink");return t}return emailValue(n)}function emailValue(t){if((t===45||(0,u.lV)(t))&&r++<63){const n=t===45?emailValue:emailLabel;e.consume(t);return n}return n(t)}}const Q={name:"htmlText",tokenize:tokenizeHtmlText};function tokenizeHtmlText(e,t,n){const r=this;let i;let o;let s;return start;function start(t){e.enter("htmlText");e.enter("htmlTextData");e.consume(t);return open}function open(t){if(t===33){e.consume(t);return declarationOpen}if(t===47){e.consume(t);return tagCloseStart}if(t===63){e.consume(t);return instruction}if((0,u.CW)(t)){e.consume(t);return tagOpen}return n(t)}function declarationOpen(t){if(t===45){e.consume(t);return commentOpenInside}if(t===91){e.consume(t);o=0;return cdataOpenInside}if((0,u.CW)(t)){e.consume(t);return declaration}return n(t)}function commentOpenInside(t){if(t===45){e.consume(t);return commentEnd}return n(t)}function comment(t){if(t===null){return n(t)}if(t===45){e.consume(t);return commentClose}if((0,u.HP)(t)){s=comment;return lineEndingBefore(t)}e.consume(t);return comment}function commentClose(t){if(t===45){e.consume(t);return commentEnd}return comment(t)}function commentEnd(e){return e===62?end(e):e===45?commentClose(e):comment(e)}function cdataOpenInside(t){const r="CDATA[";if(t===r.charCodeAt(o++)){e.consume(t);return o===r.length?cdata:cdataOpenInside}return n(t)}function cdata(t){if(t===null){return n(t)}if(t===93){e.consume(t);return cdataClose}if((0,u.HP)(t)){s=cdata;return lineEndingBefore(t)}e.consume(t);return cdata}function cdataClose(t){if(t===93){e.consume(t);return cdataEnd}return cdata(t)}function cdataEnd(t){if(t===62){return end(t)}if(t===93){e.consume(t);return cdataEnd}return cdata(t)}function declaration(t){if(t===null||t===62){return end(t)}if((0,u.HP)(t)){s=declaration;return lineEndingBefore(t)}e.consume(t);return declaration}function instruction(t){if(t===null){return n(t)}if(t===63){e.consume(t);return instructionClose}if((0,u.HP)(t)){s=instruction;return lineEndingBefore(t)}e.consume(t);return instruction}function instructionClose(e){return e===62?end(e):instruction(e)}function tagCloseStart(t){if((0,u.CW)(t)){e.consume(t);return tagClose}return n(t)}function tagClose(t){if(t===45||(0,u.lV)(t)){e.consume(t);return tagClose}return tagCloseBetween(t)}function tagCloseBetween(t){if((0,u.HP)(t)){s=tagCloseBetween;return lineEndingBefore(t)}if((0,u.On)(t)){e.consume(t);return tagCloseBetween}return end(t)}function tagOpen(t){if(t===45||(0,u.lV)(t)){e.consume(t);return tagOpen}if(t===47||t===62||(0,u.Ee)(t)){return tagOpenBetween(t)}return n(t)}function tagOpenBetween(t){if(t===47){e.consume(t);return end}if(t===58||t===95||(0,u.CW)(t)){e.consume(t);return tagOpenAttributeName}if((0,u.HP)(t)){s=tagOpenBetween;return lineEndingBefore(t)}if((0,u.On)(t)){e.consume(t);return tagOpenBetween}return end(t)}function tagOpenAttributeName(t){if(t===45||t===46||t===58||t===95||(0,u.lV)(t)){e.consume(t);return tagOpenAttributeName}return tagOpenAttributeNameAfter(t)}function tagOpenAttributeNameAfter(t){if(t===61){e.consume(t);return tagOpenAttributeValueBefore}if((0,u.HP)(t)){s=tagOpenAttributeNameAfter;return lineEndingBefore(t)}if((0,u.On)(t)){e.consume(t);return tagOpenAttributeNameAfter}return tagOpenBetween(t)}function tagOpenAttributeValueBefore(t){if(t===null||t===60||t===61||t===62||t===96){return n(t)}if(t===34||t===39){e.consume(t);i=t;return tagOpenAttributeValueQuoted}if((0,u.HP)(t)){s=tagOpenAttributeValueBefore;return lineEndingBefore(t)}if((0,u.On)(t)){e.consume(t);return tagOpenAttributeValueBefore}e.consume(t);return tagOpenAttributeValueUnquoted}function tagOpenAttributeValueQuoted(t){if(t===i){e.consume(t);i=undefined;return tagOpenAttributeValueQuotedAfter}if(t===null){return n(t)}if((0,u.HP)(t)){s=tagOpenAttributeValueQuoted;return lineEndingBefore(t)}e.consume(t);return tagOpenAttributeValueQuoted}function tagOpenAttributeValueUnquoted(t){if(t===null||t===34||t===39||t===60||t===61||t===96){return n(t)}if(t===47||t===62||(0,u.Ee)(t)){return tagOpenBetween(t)}e.consume(t);return tagOpenAttributeValueUnquoted}function tagOpenAttributeValueQuotedAfter(e){if(e===47||e===62||(0,u.Ee)(e)){return tagOpenBetween(e)}return n(e)}function end(r){if(r===62){e.consume(r);e.exit("htmlTextData");e.exit("htmlText");return t}return n(r)}function lineEndingBefore(t){e.exit("htmlTextData");e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return lineEndingAfter}function lineEndingAfter(t){return(0,u.On)(t)?factorySpace(e,lineEndingAfterPrefix,"linePrefix",r.parser.constructs.disable.null.includes("codeIndented")?undefined:4)(t):lineEndingAfterPrefix(t)}function lineEndingAfterPrefix(t){e.enter("htmlTextData");return s(t)}}const Z={name:"labelStartLink",resolveAll:H.resolveAll,tokenize:tokenizeLabelStartLink};function tokenizeLabelStartLink(e,t,n){const r=this;let i;return start;function start(t){e.enter("labelLink");e.enter("labelMarker");e.consume(t);e.exit("labelMarker");i=e.exit("labelLink");return after}function after(e){if(e===94&&"_hiddenFootnoteSupport"in r.parser.constructs){return n(e)}r._labelStarts=r._labelStarts||[];r._labelStarts.push(i);return t(e)}}const X={name:"hardBreakEscape",tokenize:tokenizeHardBreakEscape};function tokenizeHardBreakEscape(e,t,n){return start;function start(t){e.enter("hardBreakEscape");e.consume(t);return after}function after(r){if((0,u.HP)(r)){e.exit("hardBreakEscape");return t(r)}return n(r)}}const ee={name:"codeText",previous:previous,resolve:resolveCodeText,tokenize:tokenizeCodeText};function resolveCodeText(e){let t=e.length-4;let n=3;let r;let i;if((e[n][1].type==="lineEnding"||e[n][1].type==="space")&&(e[t][1].type==="lineEnding"||e[t][1].type==="space")){r=n;while(++r<t){if(e[r][1].type==="codeTextData"){e[n][1].type="codeTextPadding";e[t][1].type="codeTextPadding";n+=2;t-=2;break}}}r=n-1;t++;while(++r<=t){if(i===undefined){if(r!==t&&e[r][1].type!=="lineEnding"){i=r}}else if(r===t||e[r][1].type==="lineEnding"){e[i][1].type="codeTextData";if(r!==i+2){e[i][1].end=e[r-1][1].end;e.splice(i+2,r-i-2);t-=r-i-2;r=i+2}i=undefined}}return e}function previous(e){return e!==96||this.events[this.events.length-1][1].type==="characterEscape"}function tokenizeCodeText(e,t,n){const r=this;let i=0;let o;let s;return start;function start(t){e.enter("codeText");e.enter("codeTextSequence");return sequenceOpen(t)}function sequenceOpen(t){if(t===96){e.consume(t);i++;return sequenceOpen}e.exit("codeTextSequence");return between(t)}function between(t){if(t===null){return n(t)}if(t===32){e.enter("space");e.consume(t);e.exit("space");return between}if(t===96){s=e.enter("codeTextSequence");o=0;return sequenceClose(t)}if((0,u.HP)(t)){e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return between}e.enter("codeTextData");return data(t)}function data(t){if(t===null||t===32||t===96||(0,u.HP)(t)){e.exit("codeTextData");return between(t)}e.consume(t);return data}function sequenceClose(n){if(n===96){e.consume(n);o++;return sequenceClose}if(o===i){e.exit("codeTextSequence");e.exit("codeText");return t(n)}s.type="codeTextData";return data(n)}}const te={[42]:v,[43]:v,[45]:v,[48]:v,[49]:v,[50]:v,[51]:v,[52]:v,[53]:v,[54]:v,[55]:v,[56]:v,[57]:v,[62]:C};const ne={[91]:T};const re={[-2]:L,[-1]:L,[32]:L};const ie={[35]:N,[42]:x,[45]:[_,x],[60]:$,[61]:_,[95]:x,[96]:F,[126]:F};const oe={[38]:B,[92]:z};const se={[-5]:U,[-4]:U,[-3]:U,[33]:W,[38]:B,[42]:G,[60]:[J,Q],[91]:Z,[92]:[X,z],[93]:H,[95]:G,[96]:ee};const ae={null:[G,k]};const le={null:[42,95]};const ce={null:[]};function createTokenizer(e,t,n){let r={_bufferIndex:-1,_index:0,line:n&&n.line||1,column:n&&n.column||1,offset:n&&n.offset||0};const i={};const o=[];let s=[];let a=[];let l=true;const c={attempt:constructFactory(onsuccessfulconstruct),check:constructFactory(onsuccessfulcheck),consume:consume,enter:enter,exit:exit,interrupt:constructFactory(onsuccessfulcheck,{interrupt:true})};const f={code:null,containerState:{},defineSkip:defineSkip,events:[],now:now,parser:e,previous:null,sliceSerialize:sliceSerialize,sliceStream:sliceStream,write:write};let d=t.tokenize.call(f,c);let p;if(t.resolveAll){o.push(t)}return f;function write(e){s=push(s,e);main();if(s[s.length-1]!==null){return[]}addResult(t,0);f.events=resolveAll(o,f.events,f);return f.events}function sliceSerialize(e,t){return serializeChunks(sliceStream(e),t)}function sliceStream(e){return sliceChunks(s,e)}function now(){const{_bufferIndex:e,_index:t,line:n,column:i,offset:o}=r;return{_bufferIndex:e,_index:t,line:n,column:i,offset:o}}function defineSkip(e){i[e.line]=e.column;accountForPotentialSkip()}function main(){while(r._index<s.length){const e=s[r._index];if(typeof e==="string"){const t=r._index;if(r._bufferIndex<0){r._bufferIndex=0}while(r._index===t&&r._bufferIndex<e.length){go(e.charCodeAt(r._bufferIndex))}}else{go(e)}}}function go(e){l=undefined;p=e;d=d(e)}function consume(e){if((0,u.HP)(e)){r.line++;r.column=1;r.offset+=e===-3?2:1;accountForPotentialSkip()}else if(e!==-1){r.column++;r.offset++}if(r._bufferIndex<0){r._index++}else{r._bufferIndex++;if(r._bufferIndex===s[r._index].length){r._bufferIndex=-1;r._index++}}f.previous=e;l=true}function enter(e,t){const n=t||{};n.type=e;n.start=now();f.events.push(["enter",n,f]);a.push(n);return n}function exit(e){const t=a.pop();t.end=now();f.events.push(["exit",t,f]);return t}function onsuccessfulconstruct(e,t){addResult(e,t.from)}function onsuccessfulcheck(e,t){t.restore()}function constructFactory(e,t){return hook;function hook(n,r,i){let o;let s;let a;let u;return Array.isArray(n)?handleListOfConstructs(n):"tokenize"in n?handleListOfConstructs([n]):handleMapOfConstructs(n);function handleMapOfConstructs(e){return start;function start(t){const n=t!==null&&e[t];const r=t!==null&&e.null;const i=[...Array.isArray(n)?n:n?[n]:[],...Array.isArray(r)?r:r?[r]:[]];return handleListOfConstructs(i)(t)}}function handleListOfConstructs(e){o=e;s=0;if(e.length===0){return i}return handleConstruct(e[s])}function handleConstruct(e){return start;function start(n){u=store();a=e;if(!e.partial){f.currentConstruct=e}if(e.name&&f.parser.constructs.disable.null.includes(e.name)){return nok(n)}return e.tokenize.call(t?Object.assign(Object.create(f),t):f,c,ok,nok)(n)}}function ok(t){l=true;e(a,u);return r}function nok(e){l=true;u.restore();if(++s<o.length){return handleConstruct(o[s])}return i}}}function addResult(e,t){if(e.resolveAll&&!o.includes(e)){o.push(e)}if(e.resolve){splice(f.events,t,f.events.length-t,e.resolve(f.events.slice(t),f))}if(e.resolveTo){f.events=e.resolveTo(f.events,f)}}function store(){const e=now();const t=f.previous;const n=f.currentConstruct;const i=f.events.length;const o=Array.from(a);return{from:i,restore:restore};function restore(){r=e;f.previous=t;f.currentConstruct=n;f.events.length=i;a=o;accountForPotentialSkip()}}function accountForPotentialSkip(){if(r.line in i&&r.column<2){r.column=i[r.line];r.offset+=i[r.line]-1}}}function sliceChunks(e,t){const n=t.start._index;const r=t.start._bufferIndex;const i=t.end._index;const o=t.end._bufferIndex;let s;if(n===i){s=[e[n].slice(r,o)]}else{s=e.slice(n,i);if(r>-1){const e=s[0];if(typeof e==="string"){s[0]=e.slice(r)}else{s.shift()}}if(o>0){s.push(e[i].slice(0,o))}}return s}function serializeChunks(e,t){let n=-1;const r=[];let i;while(++n<e.length){const o=e[n];let s;if(typeof o==="string"){s=o}else{switch(o){case-5:{s="\r";break}case-4:{s="\n";break}case-3:{s="\r"+"\n";break}case-2:{s=t?" ":"\t";break}case-1:{if(!t&&i){continue}s=" ";break}default:{s=String.fromCharCode(o)}}}i=o===-2;r.push(s)}return r.join("")}function parse(e){const t=e||{};const n=combineExtensions([i,...t.extensions||[]]);const r={constructs:n,content:create(f),defined:[],document:create(d),flow:create(y),lazy:{},string:create(b),text:create(w)};return r;function create(e){return creator;function creator(t){return createTokenizer(r,e,t)}}}const ue=/[\0\t\n\r]/g;function preprocess(){let e=1;let t="";let n=true;let r;return preprocessor;function preprocessor(i,o,s){i=t+(typeof i==="string"?i.toString():new TextDecoder(o||undefined).decode(i));const a=[];let l=0;t="";if(n){if(i.charCodeAt(0)===65279){l++}n=undefined}while(l<i.length){ue.lastIndex=l;const n=ue.exec(i);const o=n&&n.index!==undefined?n.index:i.length;const s=i.charCodeAt(o);if(!n){t=i.slice(l);break}if(s===10&&l===o&&r){a.push(-3);r=undefined}else{if(r){a.push(-5);r=undefined}if(l<o){a.push(i.slice(l,o));e+=o-l}switch(s){case 0:{a.push(65533);e++;break}case 9:{const t=Math.ceil(e/4)*4;a.push(-2);while(e++<t){a.push(-1)}break}case 10:{a.push(-4);e=1;break}default:{r=true;e=1}}}l=o+1}if(s){if(r){a.push(-5)}if(t){a.push(t)}a.push(null)}return a}}function decodeNumericCharacterReference(e,t){const n=Number.parseInt(e,t);if(n<9||n===11||n>13&&n<32||n>126&&n<160||n>55295&&n<57344||n>64975&&n<65008||(n&65535)===65535||(n&65535)===65534||n>1114111){return"�"}return String.fromCodePoint(n)}const fe=/\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;function decodeString(e){return e.replace(fe,decode)}function decode(e,t,n){if(t){return t}const r=n.charCodeAt(0);if(r===35){const e=n.charCodeAt(1);const t=e===120||e===88;return decodeNumericCharacterReference(n.slice(t?2:1),t?16:10)}return decodeNamedCharacterReference(n)||e}var de=r(669);const pe={}.hasOwnProperty;function fromMarkdown(e,t,n){if(t&&typeof t==="object"){n=t;t=undefined}return compiler(n)(postprocess(parse(n).document().write(preprocess()(e,t,true))))}function compiler(e){const t={afterExit:[],beforeEnter:[],transforms:[],canContainEols:["emphasis","fragment","heading","paragraph","strong"],enter:{autolink:opener(link),autolinkProtocol:onenterdata,autolinkEmail:onenterdata,atxHeading:opener(heading),blockQuote:opener(blockQuote),characterEscape:onenterdata,characterReference:onenterdata,codeFenced:opener(codeFlow),codeFencedFenceInfo:buffer,codeFencedFenceMeta:buffer,codeIndented:opener(codeFlow,buffer),codeText:opener(codeText,buffer),codeTextData:onenterdata,data:onenterdata,codeFlowValue:onenterdata,definition:opener(definition),definitionDestinationString:buffer,definitionLabelString:buffer,definitionTitleString:buffer,emphasis:opener(emphasis),hardBreakEscape:opener(hardBreak),hardBreakTrailing:opener(hardBreak),htmlFlow:opener(html,buffer),htmlFlowData:onenterdata,htmlText:opener(html,buffer),htmlTextData:onenterdata,image:opener(image),label:buffer,link:opener(link),listItem:opener(listItem),listItemValue:onenterlistitemvalue,listOrdered:opener(list,onenterlistordered),listUnordered:opener(list),paragraph:opener(paragraph),reference:onenterreference,referenceString:buffer,resourceDestinationString:buffer,resourceTitleString:buffer,setextHeading:opener(heading),strong:opener(strong),thematicBreak:opener(thematicBreak)},exit:{atxHeading:closer(),atxHeadingSequence:onexitatxheadingsequence,autolink:closer(),autolinkEmail:onexitautolinkemail,autolinkProtocol:onexitautolinkprotocol,blockQuote:closer(),characterEscapeValue:onexitdata,characterReferenceMarkerHexadecimal:onexitcharacterreferencemarker,characterReferenceMarkerNumeric:onexitcharacterreferencemarker,characterReferenceValue:onexitcharacterreferencevalue,characterReference:onexitcharacterreference,codeFenced:closer(onexitcodefenced),codeFencedFence:onexitcodefencedfence,codeFencedFenceInfo:onexitcodefencedfenceinfo,codeFencedFenceMeta:onexitcodefencedfencemeta,codeFlowValue:onexitdata,codeIndented:closer(onexitcodeindented),codeText:closer(onexitcodetext),codeTextData:onexitdata,data:onexitdata,definition:closer(),definitionDestinationString:onexitdefinitiondestinationstring,definitionLabelString:onexitdefinitionlabelstring,definitionTitleString:onexitdefinitiontitlestring,emphasis:closer(),hardBreakEscape:closer(onexithardbreak),hardBreakTrailing:closer(onexithardbreak),htmlFlow:closer(onexithtmlflow),htmlFlowData:onexitdata,htmlText:closer(onexithtmltext),htmlTextData:onexitdata,image:closer(onexitimage),label:onexitlabel,labelText:onexitlabeltext,lineEnding:onexitlineending,link:closer(onexitlink),listItem:closer(),listOrdered:closer(),listUnordered:closer(),paragraph:closer(),referenceString:onexitreferencestring,resourceDestinationString:onexitresourcedestinationstring,resourceTitleString:onexitresourcetitlestring,resource:onexitresource,setextHeading:closer(onexitsetextheading),setextHeadingLineSequence:onexitsetextheadinglinesequence,setextHeadingText:onexitsetextheadingtext,strong:closer(),thematicBreak:closer()}};configure(t,(e||{}).mdastExtensions||[]);const n={};return compile;function compile(e){let r={type:"root",children:[],position:undefined};const i={stack:[r],tokenStack:[],config:t,enter:enter,exit:exit,buffer:buffer,resume:resume,data:n};const o=[];const s=[];let a=-1;while(++a<e.length){s.push(e[a]);if(e[a][1].type==="listOrdered"||e[a][1].type==="listUnordered"){if(e[a][0]==="enter"){o.push(s.length-1)}else{const e=o.pop();prepareList(s,e)}}}e=s;a=-1;while(++a<e.length){const n=t[e[a][0]];if(e[a][0]==="enter"&&t.beforeEnter.length>0){callListeners(t.beforeEnter,{...i,sliceSerialize:e[a][2].sliceSerialize},e[a][1])}if(pe.call(n,e[a][1].type)){n[e[a][1].type].call({...i,sliceSerialize:e[a][2].sliceSerialize},e[a][1])}if(e[a][0]==="exit"&&t.afterExit.length>0){callListeners(t.afterExit,{...i,sliceSerialize:e[a][2].sliceSerialize},e[a][1])}}if(i.tokenStack.length>0){const e=i.tokenStack[i.tokenStack.length-1];const t=e[1]||defaultOnError;t.call(i,undefined,e[0])}r.position={start:point(e.length>0?e[0][1].start:{line:1,column:1,offset:0}),end:point(e.length>0?e[e.length-2][1].end:{line:1,column:1,offset:0})};a=-1;while(++a<t.transforms.length){r=t.transforms[a](r)||r}return r}function callListeners(e,t,n){let r=-1;while(++r<e.length){e[r].call(t,n)}}function prepareList(e,t){const n=e.length-1;let r=t-1;let i=-1;let o=false;let s;let a;let l;let c;const u=[];while(++r<=n){const t=e[r];switch(t[1].type){case"listUnordered":case"listOrdered":case"blockQuote":{if(t[0]==="enter"){i++}else{i--}c=undefined;break}case"lineEndingBlank":{if(t[0]==="enter"){if(s&&!c&&!i&&!l){l=r}c=undefined}break}case"linePrefix":case"listItemValue":case"listItemMarker":case"listItemPrefix":case"listItemPrefixWhitespace":{break}default:{c=undefined}}if(!i&&t[0]==="enter"&&t[1].type==="listItemPrefix"||i===-1&&t[0]==="exit"&&(t[1].type==="listUnordered"||t[1].type==="listOrdered")){if(s){let n=r;a=undefined;while(n--){const t=e[n];if(t[1].type==="lineEnding"||t[1].type==="lineEndingBlank"){if(t[0]==="exit")continue;if(a){e[a][1].type="lineEndingBlank";o=true}t[1].type="lineEnding";a=n}else if(t[1].type==="linePrefix"||t[1].type==="blockQuotePrefix"||t[1].type==="blockQuotePrefixWhitespace"||t[1].type==="blockQuoteMarker"||t[1].type==="listItemIndent"){}else{break}}if(l&&(!a||l<a)){s._spread=true}s.end=Object.assign({},a?e[a][1].start:t[1].end);u.push({at:a||r,event:["exit",s,t[2]]})}if(t[1].type==="listItemPrefix"){const e={type:"listItem",_spread:false,start:Object.assign({},t[1].start),end:undefined};s=e;u.push({at:r,event:["enter",e,t[2]]});l=undefined;c=true}}}const f=e.splice(t);let d=0;r=-1;while(++r<f.length){while(d<u.length&&u[d].at===t+r){e.push(u[d++].event)}e.push(f[r])}e[t][1]._spread=o}function opener(e,t){return open;function open(n){enter.call(this,e(n),n);if(t)t.call(this,n)}}function buffer(){this.stack.push({type:"fragment",children:[]})}function enter(e,t,n){const r=this.stack[this.stack.length-1];const i=r.children;i.push(e);this.stack.push(e);this.tokenStack.push([t,n||undefined]);e.position={start:point(t.start),end:undefined}}function closer(e){return close;function close(t){if(e)e.call(this,t);exit.call(this,t)}}function exit(e,t){const n=this.stack.pop();const r=this.tokenStack.pop();if(!r){throw new Error("Cannot close `"+e.type+"` ("+(0,de.L)({start:e.start,end:e.end})+"): it’s not open")}if(r[0].type!==e.type){if(t){t.call(this,e,r[0])}else{const t=r[1]||defaultOnError;t.call(this,e,r[0])}}n.position.end=point(e.end)}function resume(){return(0,l.d)(this.stack.pop())}function onenterlistordered(){this.data.expectingFirstListItemValue=true}function onenterlistitemvalue(e){if(this.data.expectingFirstListItemValue){const t=this.stack[this.stack.length-2];t.start=Number.parseInt(this.sliceSerialize(e),10);this.data.expectingFirstListItemValue=undefined}}function onexitcodefencedfenceinfo(){const e=this.resume();const t=this.stack[this.stack.length-1];t.lang=e}function onexitcodefencedfencemeta(){const e=this.resume();const t=this.stack[this.stack.length-1];t.meta=e}function onexitcodefencedfence(){if(this.data.flowCodeInside)return;this.buffer();this.data.flowCodeInside=true}function onexitcodefenced(){const e=this.resume();const t=this.stack[this.stack.length-1];t.value=e.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g,"");this.data.flowCodeInside=undefined}function onexitcodeindented(){const e=this.resume();const t=this.stack[this.stack.length-1];t.value=e.replace(/(\r?\n|\r)$/g,"")}function onexitdefinitionlabelstring(e){const t=this.resume();const n=this.stack[this.stack.length-1];n.label=t;n.identifier=(0,E.B)(this.sliceSerialize(e)).toLowerCase()}function onexitdefinitiontitlestring(){const e=this.resume();const t=this.stack[this.stack.length-1];t.title=e}function onexitdefinitiondestinationstring(){const e=this.resume();const t=this.stack[this.stack.length-1];t.url=e}function onexitatxheadingsequence(e){const t=this.stack[this.stack.length-1];if(!t.depth){const n=this.sliceSerialize(e).length;t.depth=n}}function onexitsetextheadingtext(){this.data.setextHeadingSlurpLineEnding=true}function onexitsetextheadinglinesequence(e){const t=this.stack[this.stack.length-1];t.depth=this.sliceSerialize(e).codePointAt(0)===61?1:2}function onexitsetextheading(){this.data.setextHeadingSlurpLineEnding=undefined}function onenterdata(e){const t=this.stack[this.stack.length-1];const n=t.children;let r=n[n.length-1];if(!r||r.type!=="text"){r=text();r.position={start:point(e.start),end:undefined};n.push(r)}this.stack.push(r)}function onexitdata(e){const t=this.stack.pop();t.value+=this.sliceSerialize(e);t.position.end=point(e.end)}function onexitlineending(e){const n=this.stack[this.stack.length-1];if(this.data.atHardBreak){const t=n.children[n.children.length-1];t.position.end=point(e.end);this.data.atHardBreak=undefined;return}if(!this.data.setextHeadingSlurpLineEnding&&t.canContainEols.includes(n.type)){onenterdata.call(this,e);onexitdata.call(this,e)}}function onexithardbreak(){this.data.atHardBreak=true}function onexithtmlflow(){const e=this.resume();const t=this.stack[this.stack.length-1];t.value=e}function onexithtmltext(){const e=this.resume();const t=this.stack[this.stack.length-1];t.value=e}function onexitcodetext(){const e=this.resume();const t=this.stack[this.stack.length-1];t.value=e}function onexitlink(){const e=this.stack[this.stack.length-1];if(this.data.inReference){const t=this.data.referenceType||"shortcut";e.type+="Reference";e.referenceType=t;delete e.url;delete e.title}else{delete e.identifier;delete e.label}this.data.referenceType=undefined}function onexitimage(){const e=this.stack[this.stack.length-1];if(this.data.inReference){const t=this.data.referenceType||"shortcut";e.type+="Reference";e.referenceType=t;delete e.url;delete e.title}else{delete e.identifier;delete e.label}this.data.referenceType=undefined}function onexitlabeltext(e){const t=this.sliceSerialize(e);const n=this.stack[this.stack.length-2];n.label=decodeString(t);n.identifier=(0,E.B)(t).toLowerCase()}function onexitlabel(){const e=this.stack[this.stack.length-1];const t=this.resume();const n=this.stack[this.stack.length-1];this.data.inReference=true;if(n.type==="link"){const t=e.children;n.children=t}else{n.alt=t}}function onexitresourcedestinationstring(){const e=this.resume();const t=this.stack[this.stack.length-1];t.url=e}function onexitresourcetitlestring(){const e=this.resume();const t=this.stack[this.stack.length-1];t.title=e}function onexitresource(){this.data.inReference=undefined}function onenterreference(){this.data.referenceType="collapsed"}function onexitreferencestring(e){const t=this.resume();const n=this.stack[this.stack.length-1];n.label=t;n.identifier=(0,E.B)(this.sliceSerialize(e)).toLowerCase();this.data.referenceType="full"}function onexitcharacterreferencemarker(e){this.data.characterReferenceType=e.type}function onexitcharacterreferencevalue(e){const t=this.sliceSerialize(e);const n=this.data.characterReferenceType;let r;if(n){r=decodeNumericCharacterReference(t,n==="characterReferenceMarkerNumeric"?10:16);this.data.characterReferenceType=undefined}else{const e=decodeNamedCharacterReference(t);r=e}const i=this.stack[this.stack.length-1];i.value+=r}function onexitcharacterreference(e){const t=this.stack.pop();t.position.end=point(e.end)}function onexitautolinkprotocol(e){onexitdata.call(this,e);const t=this.stack[this.stack.length-1];t.url=this.sliceSerialize(e)}function onexitautolinkemail(e){onexitdata.call(this,e);const t=this.stack[this.stack.length-1];t.url="mailto:"+this.sliceSerialize(e)}function blockQuote(){return{type:"blockquote",children:[],position:undefined}}function codeFlow(){return{type:"code",lang:null,meta:null,value:"",position:undefined}}function codeText(){return{type:"inlineCode",value:"",position:undefined}}function definition(){return{type:"definition",identifier:"",label:null,title:null,url:"",position:undefined}}function emphasis(){return{type:"emphasis",children:[],position:undefined}}function heading(){return{type:"heading",depth:0,children:[],position:undefined}}function hardBreak(){return{type:"break",position:undefined}}function html(){return{type:"html",value:"",position:undefined}}function image(){return{type:"image",title:null,url:"",alt:null,position:undefined}}function link(){return{type:"link",title:null,url:"",children:[],position:undefined}}function list(e){return{type:"list",ordered:e.type==="listOrdered",start:null,spread:e._spread,children:[],position:undefined}}function listItem(e){return{type:"listItem",spread:e._spread,checked:null,children:[],position:undefined}}function paragraph(){return{type:"paragraph",children:[],position:undefined}}function strong(){return{type:"strong",children:[],position:undefined}}function text(){return{type:"text",value:"",position:undefined}}function thematicBreak(){return{type:"thematicBreak",position:undefined}}}function point(e){return{line:e.line,column:e.column,offset:e.offset}}function configure(e,t){let n=-1;while(++n<t.length){const r=t[n];if(Array.isArray(r)){configure(e,r)}else{extension(e,r)}}}function extension(e,t){let n;for(n in t){if(pe.call(t,n)){switch(n){case"canContainEols":{const r=t[n];if(r){e[n].push(...r)}break}case"transforms":{const r=t[n];if(r){e[n].push(...r)}break}case"afterExit":case"beforeEnter":{const r=t[n];if(r){e[n].push(r)}break}case"enter":case"exit":{const r=t[n];if(r){Object.assign(e[n],r)}break}}}}}function defaultOnError(e,t){if(e){throw new Error("Cannot close `"+e.type+"` ("+(0,de.L)({start:e.start,end:e.end})+"): a different token (`"+t.type+"`, "+(0,de.L)({start:t.start,end:t.end})+") is open")}throw new Error("Cannot close document, a token (`"+t.type+"`, "+(0,de.L)({start:t.start,end:t.end})+") is still open")}function remarkParse(e){const t=this;t.parser=parser;function parser(n){return fromMarkdown(n,{...t.data("settings"),...e,extensions:t.data("micromarkExtensions")||[],mdastExtensions:t.data("fromMarkdownExtensions")||[]})}}var he=r(9054);const me={}.hasOwnProperty;function zwitch(e,t){const n=t||{};function one(t,...n){let r=one.invalid;const i=one.handlers;if(t&&me.call(t,e)){const n=String(t[e]);r=me.call(i,n)?i[n]:one.unknown}if(r){return r.call(this,t,...n)}}one.handlers=n.handlers||{};one.invalid=n.invalid;one.unknown=n.unknown;return one}const ge={}.hasOwnProperty;function configure_configure(e,t){let n=-1;let r;if(t.extensions){while(++n<t.extensions.length){configure_configure(e,t.extensions[n])}}for(r in t){if(ge.call(t,r)){switch(r){case"extensions":{break}case"unsafe":{configure_list(e[r],t[r]);break}case"join":{configure_list(e[r],t[r]);break}case"handlers":{map(e[r],t[r]);break}default:{e.options[r]=t[r]}}}}return e}function configure_list(e,t){if(t){e.push(...t)}}function map(e,t){if(t){Object.assign(e,t)}}function blockquote(e,t,n,r){const i=n.enter("blockquote");const o=n.createTracker(r);o.move("> ");o.shift(2);const s=n.indentLines(n.containerFlow(e,o.current()),blockquote_map);i();return s}function blockquote_map(e,t,n){return">"+(n?"":" ")+e}function patternInScope(e,t){return listInScope(e,t.inConstruct,true)&&!listInScope(e,t.notInConstruct,false)}function listInScope(e,t,n){if(typeof t==="string"){t=[t]}if(!t||t.length===0){return n}let r=-1;while(++r<t.length){if(e.includes(t[r])){return true}}return false}function hardBreak(e,t,n,r){let i=-1;while(++i<n.unsafe.length){const e=n.unsafe[i];if(e.character==="\n"&&!e.before&&!e.after&&patternInScope(n.stack,e)){return/[\t ]/.test(r.before)?"":" "}}return"\\\n"}function longestStreak(e,t){const n=String(e);let r=n.indexOf(t);let i=r;let o=0;let s=0;if(typeof t!=="string"){throw new TypeError("Expected substring")}while(r!==-1){if(r===i){if(++o>s){s=o}}else{o=1}i=r+t.length;r=n.indexOf(t,i)}return s}function formatCodeAsIndented(e,t){return Boolean(t.options.fences===false&&e.value&&!e.lang&&/[^\n\r ]/.test(e.value)&&!/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(e.value))}function checkFence(e){const t=e.options.fence||"`";if(t!=="`"&&t!=="~"){throw new Error("Cannot serialize code with `"+t+"` for `options.fence`, expected `` ` `` or `~`")}return t}function code(e,t,n,r){const i=checkFence(n);const o=e.value||"";if(formatCodeAsIndented(e,n)){const e=n.enter("codeIndented");const t=n.indentLines(o,code_map);e();return t}const s=n.createTracker(r);const a=i.repeat(Math.max(longestStreak(o,i)+1,3));const l=n.enter("codeFenced");const c=i==="`"?"GraveAccent":"Tilde";let u=s.move(a);if(e.lang){const t=n.enter(`codeFencedLang${c}`);u+=s.move(n.safe(e.lang,{before:u,after:" ",encode:["`"],...s.current()}));t()}if(e.lang&&e.meta){const t=n.enter(`codeFencedMeta${c}`);u+=s.move(" ");u+=s.move(n.safe(e.meta,{before:u,after:"\n",encode:["`"],...s.current()}));t()}u+=s.move("\n");if(o){u+=s.move(o+"\n")}u+=s.move(a);l();return u}function code_map(e,t,n){return(n?"":"    ")+e}function checkQuote(e){const t=e.options.quote||'"';if(t!=='"'&&t!=="'"){throw new Error("Cannot serialize title with `"+t+"` for `options.quote`, expected `\"`, or `'`")}return t}function definition_definition(e,t,n,r){const i=checkQuote(n);const o=i==='"'?"Quote":"Apostrophe";const s=n.enter("definition");let a=n.enter("label");const l=n.createTracker(r);let c=l.move("[");c+=l.move(n.safe(n.associationId(e),{before:c,after:"]",...l.current()}));c+=l.move("]: ");a();if(!e.url||/[\0- \u007F]/.test(e.url)){a=n.enter("destinationLiteral");c+=l.move("<");c+=l.move(n.safe(e.url,{before:c,after:">",...l.current()}));c+=l.move(">")}else{a=n.enter("destinationRaw");c+=l.move(n.safe(e.url,{before:c,after:e.title?" ":"\n",...l.current()}))}a();if(e.title){a=n.enter(`title${o}`);c+=l.move(" "+i);c+=l.move(n.safe(e.title,{before:c,after:i,...l.current()}));c+=l.move(i);a()}s();return c}function checkEmphasis(e){const t=e.options.emphasis||"*";if(t!=="*"&&t!=="_"){throw new Error("Cannot serialize emphasis with `"+t+"` for `options.emphasis`, expected `*`, or `_`")}return t}function firstCharacter(e){const t=e.codePointAt(0);return t===undefined?"":String.fromCodePoint(t)}function lastCharacter(e){const t=e.codePointAt(e.length-2);return t!==undefined&&t>65535?e.slice(-2):e.slice(-1)}function encodeCharacterReference(e){return"&#x"+e.toString(16).toUpperCase()+";"}function encodeInfo(e,t,n){const r=classifyCharacter(e);const i=classifyCharacter(t);if(r===undefined){return i===undefined?n==="_"?{inside:true,outside:true}:{inside:false,outside:false}:i===1?{inside:true,outside:true}:{inside:false,outside:true}}if(r===1){return i===undefined?{inside:false,outside:false}:i===1?{inside:true,outside:true}:{inside:false,outside:false}}return i===undefined?{inside:false,outside:false}:i===1?{inside:true,outside:false}:{inside:false,outside:false}}function htmlKind(e){if(e.charCodeAt(0)!==60)return;const t=e.charCodeAt(1);if(t===33){const t=e.charCodeAt(2);if(t===45)return 2;if(t===91)return 5;if((0,u.CW)(t))return 4;return}if(t===63)return 3;const n=t===47;const r=n?2:1;let i=r;let o=e.charCodeAt(i);if(!(0,u.CW)(o))return;while(o===45||(0,u.lV)(o)){o=e.charCodeAt(++i)}const s=e.slice(r,i).toLowerCase();if(!n&&o!==47&&R.includes(s)){return 1}return P.includes(s)?6:7}const ye=new Map([["*",false],["_",true]]);function candidates(e,t,n){const r=new Set;for(const i of e){const e=n.get(i);if(e&&i.attention&&t.some(e=>e.attention===i.attention)){for(const t of e.tokens){r.add(t.attention)}}}const i=[];for(const t of e){if(t.attention&&r.delete(t.attention)){i.push(t.attention)}}i.reverse();return i}function check(e,t,n){const r=[];const i=new Map;const o=new Map;let s=0;while(s<e.length){if(!e[s].attention){s++;continue}const a=e[s].value.charAt(0);const l=ye.get(a);let c=s+1;while(c<e.length&&e[c].attention&&e[c].value.charAt(0)===a){c++}const u=s?e[s-1].value:t;const f=classifyCharacter(u.charCodeAt(u.length-1));const d=classifyCharacter((c<e.length?e[c].value:n).charCodeAt(0));const p=!d||d===2&&Boolean(f);const h=!f||f===2&&Boolean(d);const m={tokens:e.slice(s,c),markers:[],start:0,end:0,open:l?p&&(Boolean(f)||!h):p,close:l?h&&(Boolean(d)||!p):h,split:l!==undefined};for(const e of m.tokens){i.set(e,[...m.tokens]);o.set(e,m);let t=e.value.length;while(t--)m.markers.push(e)}m.end=m.markers.length;r.push(m);s=c}pair(r,i);s=-1;while(++s<e.length){const t=i.get(e[s]);if(t)return{attention:candidates(e,t,o),index:s}}}function containerPhrasing(e,t,n){return serialize(phrasing(e,t,n),n.before,n.after)}function encode(e,t){const n=e[t?0:e.length-1];if(!n||n.attention)return;const r=t?firstCharacter(n.value):lastCharacter(n.value);const i=encodeCharacterReference(r.codePointAt(0));if(t){n.value=i+n.value.slice(r.length)}else{let e=n.value.slice(0,n.value.length-r.length);let t=0;while(e.charCodeAt(e.length-1-t)===92){t++}if(t%2)e+="\\";n.value=e+i}}function improve(e,t,n,r,i){for(const o of n.attention){const s=t.get(o)||o.sequences[0];for(const a of o.sequences){if(a===s)continue;const l=new Map(t);l.set(o,a);const c=render(e,l,r,i);const u=check(c,r,i);if(!u||u.index>n.index){return{chosen:l,mistake:u,tokens:c}}}}}function pair(e,t){const n=new Map;for(const r of e){const e=r.tokens[0].value.charAt(0);let i=n.get(e);if(!i){i=[];n.set(e,i)}let o=r.close?i.length:0;while(o--&&r.start<r.end){const e=i[o];const n=e.end-e.start;const s=r.end-r.start;if(r.split?(e.close||r.open)&&s%3&&!((n+s)%3):n!==e.markers.length||n!==s){continue}const a=r.split?n>1&&s>1?2:1:s;const l=e.markers.slice(e.end-a,e.end);const c=r.markers.slice(r.start,r.start+a);const u=l[0];const f=c[0];if(u===l[a-1]&&u.value.length===a&&f===c[a-1]&&f.value.length===a&&u.attention===f.attention){t.delete(u);t.delete(f)}else{const e=[...new Set([...l,...c])];for(const n of e){const r=t.get(n);if(r)r.push(...e)}}e.end-=a;r.start+=a;if(e.start===e.end)i.splice(o,1);o=i.length}if(r.open&&r.start<r.end)i.push(r)}}function attentionSequences(e,t,n){if(t.length===0){throw new Error("Cannot serialize `"+e+"` as attention without markers, expected one or more markers")}if(n.length===0){throw new Error("Cannot serialize `"+e+"` as attention without sizes, expected one or more sizes")}for(const t of n){if(!Number.isSafeInteger(t)||t<1){throw new Error("Cannot serialize `"+e+"` as attention with `"+t+"` as size, expected positive integer")}}const r=[];for(const i of t){if(i.length!==1){throw new Error("Cannot serialize `"+e+"` as attention with `"+i+"` as marker, expected a single ascii character")}if(!(0,u.ol)(i.charCodeAt(0))){throw new Error("Cannot serialize `"+e+"` as attention with `"+i+"` as marker, expected ascii punctuation")}for(const e of n){r.push(i.repeat(e))}}return r}function phrasing(e,t,n){const r=t.indexStack;const i=e.children||[];const o=[];let s=-1;let a=n.before;r.push(-1);let l=t.createTracker(n);while(++s<i.length){const c=i[s];let u;r[r.length-1]=s;if(s+1<i.length){let n=t.handle.handlers[i[s+1].type];if(n&&n.peek)n=n.peek;u=n?firstCharacter(n(i[s+1],e,t,{before:"",after:"",...l.current()})):""}else{u=n.after}const f=o[o.length-1];if(typeof f==="string"&&(a==="\r"||a==="\n")&&c.type==="html"&&htmlKind(c.value)!==7){o[o.length-1]=f.replace(/(\r?\n|\r)$/," ");a=" ";l=t.createTracker(n);l.move(serialize(o,n.before,n.after))}const d=t.handle.handlers[c.type];if(d&&d.attention){const e=attentionItem(c,d.attention,t,l);if(!e)continue;o.push(e);a=lastCharacter(e.sequences[0])}else{const n=t.handle(c,e,t,{...l.current(),after:u,before:a});if(!n)continue;l.move(n);o.push(n);a=lastCharacter(n)}}r.pop();return o}function attentionItem(e,t,n,r){const{construct:i,markers:o,sizes:s}=t(e,n);const a=attentionSequences(e.type,o,s);const l=a[0];const c=n.enter(i);const u=n.createTracker(r.current());u.move(l);const f=phrasing(e,n,{...u.current(),before:l,after:l});c();if(f.length===0)return;r.move(l);r.move(serialize(f,l,l));r.move(l);return{children:f,sequences:a}}function fix(e,t,n,r){let i=render(e,t,n,r);let o=check(i,n,r);while(o){const s=improve(e,t,o,n,r);if(!s)return;t=s.chosen;i=s.tokens;o=s.mistake}return i}function guess(e,t,n,r){let i=n;let o=-1;while(++o<e.length){const s=e[o];if(typeof s==="string"){i="";continue}const a=o===e.length-1?r:"";const l=s.sequences.find(function(t){const r=t.charAt(0);return r!==i.charAt(0)&&r!==a.charAt(0)||e.length===1&&ye.has(r)&&t.length>n.length})||s.sequences[0];if(l!==s.sequences[0])t.set(s,l);guess(s.children,t,l,l);i=l}}function render(e,t,n,r){const i=[];let o;let s=lastCharacter(n);let a=-1;while(++a<e.length){const n=e[a];if(typeof n==="string"){const e={value:n,attention:undefined};if(o&&o===firstCharacter(n)){encode([e],true)}o=undefined;i.push(e);if(e.value)s=lastCharacter(e.value);continue}const l=t.get(n)||n.sequences[0];const c=l.charAt(0);const u=e[a+1];const f=s;const d=firstCharacter(u===undefined?r:typeof u==="string"?u:t.get(u)||u.sequences[0]);const p=render(n.children,t,l,l);const h=p[0].value;const m=encodeInfo(f.charCodeAt(f.length-1),h.charCodeAt(0),c);if(m.inside)encode(p,true);const g=lastCharacter(p[p.length-1].value);const y=encodeInfo(d.charCodeAt(0),g.charCodeAt(g.length-1),c);if(y.inside)encode(p,false);if(m.outside&&f!=="\n"&&f!=="\r"){encode(i,false)}if(y.outside)o=d;i.push({value:l,attention:n},...p,{value:l,attention:n});s=l.charAt(l.length-1)}return i}function serialize(e,t,n){const r=new Map;guess(e,r,t,n);const i=(r.size>0?fix(e,r,t,n):undefined)||fix(e,new Map,t,n)||render(e,new Map,t,n);let o="";for(const e of i)o+=e.value;return o}emphasis.attention=emphasis_attention;emphasis.peek=peek;function emphasis(e,t,n,r){const i=n.enter("phrasing");const o=attentionItem(e,emphasis_attention,n,n.createTracker(r));const s=o?serialize([o],r.before,r.after):"";i();return s}function emphasis_attention(e,t){const n=checkEmphasis(t);return{construct:"emphasis",markers:n==="*"?["*","_"]:["_","*"],sizes:[1]}}function peek(e,t,n){return n.options.emphasis||"*"}var ke=r(3617);var be=r(4146);function formatHeadingAsSetext(e,t){let n=false;(0,ke.YR)(e,function(e){if("value"in e&&/\r?\n|\r/.test(e.value)||e.type==="break"){n=true;return be.dc}});return Boolean((!e.depth||e.depth<3)&&(0,l.d)(e)&&(t.options.setext||n))}function heading(e,t,n,r){const i=Math.max(Math.min(6,e.depth||1),1);const o=n.createTracker(r);if(formatHeadingAsSetext(e,n)){const t=n.enter("headingSetext");const r=n.enter("phrasing");const s=n.containerPhrasing(e,{...o.current(),before:"\n",after:"\n"});r();t();return s+"\n"+(i===1?"=":"-").repeat(s.length-(Math.max(s.lastIndexOf("\r"),s.lastIndexOf("\n"))+1))}const s="#".repeat(i);const a=n.enter("headingAtx");const l=n.enter("phrasing");o.move(s+" ");let c=n.containerPhrasing(e,{before:"# ",after:"\n",...o.current()});const u=c.charCodeAt(0);if(u===9||u===32){c=encodeCharacterReference(u)+c.slice(1)}c=c?s+" "+c:s;if(n.options.closeAtx){c+=" "+s}l();a();return c}html.peek=htmlPeek;function html(e){return e.value||""}function htmlPeek(){return"<"}image_image.peek=imagePeek;function image_image(e,t,n,r){const i=checkQuote(n);const o=i==='"'?"Quote":"Apostrophe";const s=n.enter("image");let a=n.enter("label");const l=n.createTracker(r);let c=l.move("![");c+=l.move(n.safe(e.alt,{before:c,after:"]",...l.current()}));c+=l.move("](");a();if(!e.url&&e.title||/[\0- \u007F]/.test(e.url)){a=n.enter("destinationLiteral");c+=l.move("<");c+=l.move(n.safe(e.url,{before:c,after:">",...l.current()}));c+=l.move(">")}else{a=n.enter("destinationRaw");c+=l.move(n.safe(e.url,{before:c,after:e.title?" ":")",...l.current()}))}a();if(e.title){a=n.enter(`title${o}`);c+=l.move(" "+i);c+=l.move(n.safe(e.title,{before:c,after:i,...l.current()}));c+=l.move(i);a()}c+=l.move(")");s();return c}function imagePeek(){return"!"}imageReference.peek=imageReferencePeek;function imageReference(e,t,n,r){const i=e.referenceType;const o=n.enter("imageReference");let s=n.enter("label");const a=n.createTracker(r);let l=a.move("![");const c=n.safe(e.alt,{before:l,after:"]",...a.current()});l+=a.move(c+"][");s();const u=n.stack;n.stack=u.filter(function(e){return e!=="phrasing"});s=n.enter("reference");const f=n.safe(n.associationId(e),{before:l,after:"]",...a.current()});s();n.stack=u;o();if(i==="full"||!c||c!==f){l+=a.move(f+"]")}else if(i==="shortcut"){l=l.slice(0,-1)}else{l+=a.move("]")}return l}function imageReferencePeek(){return"!"}inlineCode.peek=inlineCodePeek;function inlineCode(e,t,n){let r=e.value||"";let i="`";let o=-1;while(new RegExp("(^|[^`])"+i+"([^`]|$)").test(r)){i+="`"}if(/[^\n\r ]/.test(r)&&(/^[\n\r ]/.test(r)&&/[\n\r ]$/.test(r)||/^`|`$/.test(r))){r=" "+r+" "}while(++o<n.unsafe.length){const e=n.unsafe[o];const t=n.compilePattern(e);if(!e.atBreak)continue;let i;while(i=t.exec(r)){let e=i.index;if(r.charCodeAt(e)===10&&r.charCodeAt(e-1)===13){e--}r=r.slice(0,e)+" "+r.slice(i.index+1)}}return i+r+i}function inlineCodePeek(){return"`"}function formatLinkAsAutolink(e,t){const n=(0,l.d)(e);return Boolean(!t.options.resourceLink&&e.url&&!e.title&&e.children&&e.children.length===1&&e.children[0].type==="text"&&(n===e.url||"mailto:"+n===e.url)&&/^[a-z][+\-.a-z]+:/i.test(e.url)&&!/[\0- <>\u007F]/.test(e.url))}link_link.peek=linkPeek;function link_link(e,t,n,r){const i=checkQuote(n);const o=i==='"'?"Quote":"Apostrophe";const s=n.createTracker(r);if(formatLinkAsAutolink(e,n)){const t=n.stack;n.stack=t.filter(function(e){return e!=="phrasing"});const r=n.enter("autolink");let i=s.move("<");i+=s.move(n.containerPhrasing(e,{before:i,after:">",...s.current()}));i+=s.move(">");r();n.stack=t;return i}const a=n.enter("link");let l=n.enter("label");let c=s.move("[");const u=n.containerPhrasing(e,{before:c,after:"](",...s.current()});c+=s.move(u);l();c+=s.move("](");const f=/[\0- \u007F]/.test(e.url);const d=r.before.charAt(r.before.length-1);let p=e.title||undefined;if(!p&&!f&&(d==="\n"||d==="\r")){let e=0;while(e<u.length&&u.charCodeAt(e)!==93){e+=u.charCodeAt(e)===92?2:1}if(u.charCodeAt(e+1)===58)p=""}if(!e.url&&typeof p==="string"||f){l=n.enter("destinationLiteral");c+=s.move("<");c+=s.move(n.safe(e.url,{before:c,after:">",...s.current()}));c+=s.move(">")}else{l=n.enter("destinationRaw");c+=s.move(n.safe(e.url,{before:c,after:typeof p==="string"?" ":")",...s.current()}))}l();if(typeof p==="string"){l=n.enter(`title${o}`);c+=s.move(" "+i);c+=s.move(n.safe(p,{before:c,after:i,...s.current()}));c+=s.move(i);l()}c+=s.move(")");a();return c}function linkPeek(e,t,n){return formatLinkAsAutolink(e,n)?"<":"["}linkReference.peek=linkReferencePeek;function linkReference(e,t,n,r){const i=e.referenceType;const o=n.enter("linkReference");let s=n.enter("label");const a=n.createTracker(r);let l=a.move("[");const c=n.containerPhrasing(e,{before:l,after:"]",...a.current()});l+=a.move(c+"][");s();const u=n.stack;n.stack=u.filter(function(e){return e!=="phrasing"});s=n.enter("reference");const f=n.safe(n.associationId(e),{before:l,after:"]",...a.current()});s();n.stack=u;o();if(i==="full"||!c||c!==f){l+=a.move(f+"]")}else if(i==="shortcut"){l=l.slice(0,-1)}else{l+=a.move("]")}return l}function linkReferencePeek(){return"["}function checkBullet(e){const t=e.options.bullet||"*";if(t!=="*"&&t!=="+"&&t!=="-"){throw new Error("Cannot serialize items with `"+t+"` for `options.bullet`, expected `*`, `+`, or `-`")}return t}function checkBulletOther(e){const t=checkBullet(e);const n=e.options.bulletOther;if(!n){return t==="*"?"-":"*"}if(n!=="*"&&n!=="+"&&n!=="-"){throw new Error("Cannot serialize items with `"+n+"` for `options.bulletOther`, expected `*`, `+`, or `-`")}if(n===t){throw new Error("Expected `bullet` (`"+t+"`) and `bulletOther` (`"+n+"`) to be different")}return n}function checkBulletOrdered(e){const t=e.options.bulletOrdered||".";if(t!=="."&&t!==")"){throw new Error("Cannot serialize items with `"+t+"` for `options.bulletOrdered`, expected `.` or `)`")}return t}function checkRule(e){const t=e.options.rule||"*";if(t!=="*"&&t!=="-"&&t!=="_"){throw new Error("Cannot serialize rules with `"+t+"` for `options.rule`, expected `*`, `-`, or `_`")}return t}function list_list(e,t,n,r){const i=n.enter("list");const o=n.bulletCurrent;let s=e.ordered?checkBulletOrdered(n):checkBullet(n);const a=e.ordered?s==="."?")":".":checkBulletOther(n);let l=t&&n.bulletLastUsed?s===n.bulletLastUsed:false;if(!e.ordered){const t=e.children?e.children[0]:undefined;if((s==="*"||s==="-")&&t&&(!t.children||!t.children[0])&&n.stack[n.stack.length-1]==="list"&&n.stack[n.stack.length-2]==="listItem"&&n.stack[n.stack.length-3]==="list"&&n.stack[n.stack.length-4]==="listItem"&&n.indexStack[n.indexStack.length-1]===0&&n.indexStack[n.indexStack.length-2]===0&&n.indexStack[n.indexStack.length-3]===0){l=true}if(checkRule(n)===s&&t){let t=-1;while(++t<e.children.length){const n=e.children[t];if(n&&n.type==="listItem"&&n.children&&n.children[0]&&n.children[0].type==="thematicBreak"){l=true;break}}}}if(l){s=a}n.bulletCurrent=s;const c=n.containerFlow(e,r);n.bulletLastUsed=s;n.bulletCurrent=o;i();return c}function checkListItemIndent(e){const t=e.options.listItemIndent||"one";if(t!=="tab"&&t!=="one"&&t!=="mixed"){throw new Error("Cannot serialize items with `"+t+"` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`")}return t}function listItem(e,t,n,r){const i=checkListItemIndent(n);let o=n.bulletCurrent||checkBullet(n);if(t&&t.type==="list"&&t.ordered){o=(typeof t.start==="number"&&t.start>-1?t.start:1)+(n.options.incrementListMarker===false?0:t.children.indexOf(e))+o}let s=o.length+1;if(i==="tab"||i==="mixed"&&(t&&t.type==="list"&&t.spread||e.spread)){s=Math.ceil(s/4)*4}const a=n.createTracker(r);a.move(o+" ".repeat(s-o.length));a.shift(s);const l=n.enter("listItem");const c=n.indentLines(n.containerFlow(e,a.current()),map);l();return c;function map(e,t,n){if(t){return(n?"":" ".repeat(s))+e}return(n?o:o+" ".repeat(s-o.length))+e}}function paragraph(e,t,n,r){const i=n.enter("paragraph");const o=n.enter("phrasing");const s=n.containerPhrasing(e,r);o();i();return s}function root(e,t,n,r){const i=e.children.some(function(e){return(0,he.f)(e)});if(!i)return n.containerFlow(e,r);const o=n.enter("phrasing");const s=n.containerPhrasing(e,r);o();return s}function checkStrong(e){const t=e.options.strong||"*";if(t!=="*"&&t!=="_"){throw new Error("Cannot serialize strong with `"+t+"` for `options.strong`, expected `*`, or `_`")}return t}strong.attention=strong_attention;strong.peek=strong_peek;function strong(e,t,n,r){const i=n.enter("phrasing");const o=attentionItem(e,strong_attention,n,n.createTracker(r));const s=o?serialize([o],r.before,r.after):"";i();return s}function strong_attention(e,t){const n=checkStrong(t);return{construct:"strong",markers:n==="*"?["*","_"]:["_","*"],sizes:[2]}}function strong_peek(e,t,n){return n.options.strong||"*"}function handle_text_text(e,t,n,r){const i=t?t.children:[];const o=n.indexStack[n.indexStack.length-1];return n.safe(e.value,{...r,afterNode:i[o+1],beforeNode:i[o-1]})}function checkRuleRepetition(e){const t=e.options.ruleRepetition||3;if(t<3){throw new Error("Cannot serialize rules with repetition `"+t+"` for `options.ruleRepetition`, expected `3` or more")}return t}function thematic_break_thematicBreak(e,t,n){const r=(checkRule(n)+(n.options.ruleSpaces?" ":"")).repeat(checkRuleRepetition(n));return n.options.ruleSpaces?r.slice(0,-1):r}const we={blockquote:blockquote,break:hardBreak,code:code,definition:definition_definition,emphasis:emphasis,hardBreak:hardBreak,heading:heading,html:html,image:image_image,imageReference:imageReference,inlineCode:inlineCode,link:link_link,linkReference:linkReference,list:list_list,listItem:listItem,paragraph:paragraph,root:root,strong:strong,text:handle_text_text,thematicBreak:thematic_break_thematicBreak};const xe=[joinDefaults];function joinDefaults(e,t,n,r){if(t.type==="code"&&formatCodeAsIndented(t,r)&&(e.type==="list"||e.type===t.type&&formatCodeAsIndented(e,r))){return false}if("spread"in n&&typeof n.spread==="boolean"){if(n.spread)return 1;if(e.type==="html"){const t=htmlKind(e.value);if(t===undefined||t===6||t===7)return 1}if(e.type==="blockquote"&&t.type==="blockquote")return 1;if((e.type==="definition"||e.type==="paragraph")&&t.type==="list"&&(t.ordered&&typeof t.start==="number"&&t.start!==1||t.children.length>0&&t.children[0].children.length===0)){return 1}if(e.type==="paragraph"&&t.type==="thematicBreak"&&checkRule(r)==="-"&&!r.options.ruleSpaces){return 1}let i=e;while((i.type==="blockquote"||i.type==="list"||i.type==="listItem")&&i.children.length>0){i=i.children[i.children.length-1]}if(i.type!=="definition"&&i.type!=="paragraph")return 0;if(t.type==="code"&&formatCodeAsIndented(t,r))return 1;if(t.type==="html"){const e=htmlKind(t.value);if(e===undefined||e===7)return 1}if((e.type==="paragraph"||e!==i)&&(t.type==="definition"||t.type==="heading"&&formatHeadingAsSetext(t,r)||t.type==="paragraph")){return 1}return 0}}const ve=["autolink","destinationLiteral","destinationRaw","reference","titleQuote","titleApostrophe"];const Se=[{character:"\t",after:"[\\r\\n]",inConstruct:"phrasing"},{character:"\t",before:"[\\r\\n]",inConstruct:"phrasing"},{character:"\t",inConstruct:["codeFencedLangGraveAccent","codeFencedLangTilde"]},{character:"\r",inConstruct:["codeFencedLangGraveAccent","codeFencedLangTilde","codeFencedMetaGraveAccent","codeFencedMetaTilde","destinationLiteral","headingAtx"]},{character:"\n",inConstruct:["codeFencedLangGraveAccent","codeFencedLangTilde","codeFencedMetaGraveAccent","codeFencedMetaTilde","destinationLiteral","headingAtx"]},{character:"\r",before:"[\\r\\n]",inConstruct:"phrasing"},{character:"\r",after:"\\r",inConstruct:"phrasing"},{character:"\n",before:"\\n",inConstruct:"phrasing"},{character:"\n",after:"[\\r\\n]",inConstruct:"phrasing"},{character:" ",after:"[\\r\\n]",inConstruct:"phrasing"},{character:" ",before:"[\\r\\n]",inConstruct:"phrasing"},{character:" ",inConstruct:["codeFencedLangGraveAccent","codeFencedLangTilde"]},{character:"!",after:"\\[",inConstruct:"phrasing",notInConstruct:ve},{character:'"',inConstruct:"titleQuote"},{atBreak:true,character:"#"},{character:"#",inConstruct:"headingAtx",after:"(?:[\r\n]|$)"},{character:"&",after:"[#A-Za-z]",inConstruct:["codeFencedLangGraveAccent","codeFencedLangTilde","codeFencedMetaGraveAccent","codeFencedMetaTilde","destinationLiteral","destinationRaw","phrasing","titleApostrophe","titleQuote"]},{character:"'",inConstruct:"titleApostrophe"},{character:"(",inConstruct:"destinationRaw"},{before:"\\]",character:"(",inConstruct:"phrasing",notInConstruct:ve},{atBreak:true,before:"\\d+",character:")"},{character:")",inConstruct:"destinationRaw"},{atBreak:true,character:"*",after:"(?:[ \t\r\n*])"},{character:"*",inConstruct:"phrasing",notInConstruct:ve},{atBreak:true,character:"+",after:"(?:[ \t\r\n])"},{atBreak:true,character:"-",after:"(?:[ \t\r\n-])"},{atBreak:true,before:"\\d+",character:".",after:"(?:[ \t\r\n]|$)"},{atBreak:true,character:"<",after:"[!/?A-Za-z]"},{character:"<",after:"[!/?A-Za-z]",inConstruct:"phrasing",notInConstruct:ve},{character:"<",inConstruct:"destinationLiteral"},{atBreak:true,character:"="},{atBreak:true,character:">"},{character:">",inConstruct:"destinationLiteral"},{atBreak:true,character:"["},{character:"[",inConstruct:"phrasing",notInConstruct:ve},{character:"[",inConstruct:["label","reference"]},{character:"\\",after:"[\\r\\n]",inConstruct:"phrasing"},{character:"]",inConstruct:["label","reference"]},{atBreak:true,character:"_"},{character:"_",inConstruct:"phrasing",notInConstruct:ve},{atBreak:true,character:"`"},{character:"`",inConstruct:["codeFencedLangGraveAccent","codeFencedMetaGraveAccent"]},{character:"`",inConstruct:"phrasing",notInConstruct:ve},{atBreak:true,character:"~"},{character:"<",inConstruct:"autolink"},{character:">",inConstruct:"autolink"},{character:"",inConstruct:"autolink"}];let Ae=-1;while(++Ae<33){Se.push({character:String.fromCharCode(Ae),inConstruct:"autolink"})}function association(e){if(e.label||!e.identifier){return e.label||""}return decodeString(e.identifier)}function compilePattern(e){if(!e._compiled){const t=(e.atBreak?"[\\r\\n][\\t ]*":"")+(e.before?"(?:"+e.before+")":"");e._compiled=new RegExp((e.beforeNode?"^":t?"("+t+")":"")+(/[$()*+.?[\\\]^{|}]/.test(e.character)?"\\":"")+e.character+(e.afterNode?"$":e.after?"(?:"+e.after+")":""),e.unicode?"gu":"g")}return e._compiled}function containerFlow(e,t,n){const r=t.indexStack;const i=e.children||[];const o=t.createTracker(n);const s=[];let a=-1;r.push(-1);while(++a<i.length){const n=i[a];r[r.length-1]=a;s.push(o.move(t.handle(n,e,t,{before:"\n",after:"\n",...o.current()})));if(n.type!=="list"){t.bulletLastUsed=undefined}if(a<i.length-1){s.push(o.move(between(n,i[a+1],e,t)))}}r.pop();return s.join("")}function between(e,t,n,r){let i=r.join.length;while(i--){const o=r.join[i](e,t,n,r);if(o===true||o===1){break}if(typeof o==="number"){return"\n".repeat(1+o)}if(o===false){return"\n\n\x3c!----\x3e\n\n"}}return"\n\n"}const Ce=/\r?\n|\r/g;function indentLines(e,t){const n=[];let r=0;let i=0;let o;while(o=Ce.exec(e)){one(e.slice(r,o.index));n.push(o[0]);r=o.index+o[0].length;i++}one(e.slice(r));return n.join("");function one(e){n.push(t(e,i,!e))}}const Ee={}.hasOwnProperty;function safe(e,t,n){const r=(n.before||"")+(t||"")+(n.after||"");const i=[];const o=[];const s={};const a=e.stack.includes("autolink");const l=n.before?n.before.length:0;const c=r.length-(n.after?n.after.length:0);let u=-1;while(++u<e.unsafe.length){const t=e.unsafe[u];if(!patternInScope(e.stack,t)||!nodeInScope(t.beforeNode,n.beforeNode)||!nodeInScope(t.afterNode,n.afterNode)){continue}const o=e.compilePattern(t);const a=t.beforeNode?l:0;const f=r.slice(a,t.afterNode?c:undefined);let d;while(d=o.exec(f)){const e=Boolean(t.before||t.atBreak);const n=Boolean(t.after);const r=a+d.index+(e?d[1].length:0);if(Ee.call(s,r)){if(s[r].before&&!e){s[r].before=false}if(s[r].after&&!n){s[r].after=false}}else{i.push(r);s[r]={before:e,after:n}}}}i.sort(numerical);let f=l;u=-1;while(++u<i.length){const e=i[u];if(e<f||e>=c){continue}if(r.charAt(e)==="_"&&e>0&&classifyCharacter(r.charCodeAt(e-1))===undefined&&!Ee.call(s,e-1)&&!(e-1===l&&/[*_]/.test(r.charAt(l-1)))){let t=e+1;while(t<c&&r.charAt(t)==="_"){t++}const n=t-e-1;if(i[u+n]===t-1&&t<r.length&&classifyCharacter(r.charCodeAt(t))===undefined&&!Ee.call(s,t)&&!(t===c-1&&/[*_]/.test(r.charAt(c)))){u+=n;continue}}if(e+1<c&&i[u+1]===e+1&&s[e].after&&!s[e+1].before&&!s[e+1].after||e-1>=l&&i[u-1]===e-1&&s[e].before&&!s[e-1].before&&!s[e-1].after){continue}if(f!==e){const t=r.slice(f,e);o.push(a?t:escapeBackslashes(t,"\\"))}f=e+1;if(a){o.push("%"+r.charCodeAt(e).toString(16).toUpperCase().padStart(2,"0"))}else if(/[!-/:-@[-`{-~]/.test(r.charAt(e))&&(!n.encode||!n.encode.includes(r.charAt(e)))){o.push("\\"+r.charAt(e))}else{o.push(encodeCharacterReference(r.charCodeAt(e)))}}const d=r.slice(f,c);o.push(a?d:escapeBackslashes(d,n.after));return o.join("")}function nodeInScope(e,t){if(!e)return true;if(!t)return false;return typeof e==="string"?e===t.type:e.includes(t.type)}function numerical(e,t){return e-t}function escapeBackslashes(e,t){const n=/\\(?=[!-/:-@[-`{-~])/g;const r=[];const i=[];const o=e+t;let s=-1;let a=0;let l;while(l=n.exec(o)){r.push(l.index)}while(++s<r.length){if(a!==r[s]){i.push(e.slice(a,r[s]))}i.push("\\");a=r[s]}i.push(e.slice(a));return i.join("")}function track(e){const t=e||{};const n=t.now||{};let r=t.lineShift||0;let i=n.line||1;let o=n.column||1;return{move:move,current:current,shift:shift};function current(){return{now:{line:i,column:o},lineShift:r}}function shift(e){r+=e}function move(e){const t=e||"";const n=t.split(/\r?\n|\r/g);const s=n[n.length-1];i+=n.length-1;o=n.length===1?o+s.length:1+s.length+r;return t}}function toMarkdown(e,t){const n=t||{};const r={associationId:association,bulletCurrent:undefined,bulletLastUsed:undefined,containerPhrasing:containerPhrasingBound,containerFlow:containerFlowBound,createTracker:track,compilePattern:compilePattern,enter:enter,handlers:{...we},handle:undefined,indentLines:indentLines,indexStack:[],join:[...xe],options:{},safe:safeBound,stack:[],unsafe:[...Se]};configure_configure(r,n);if(r.options.tightDefinitions){r.join.push(joinDefinition)}r.handle=zwitch("type",{invalid:invalid,unknown:unknown,handlers:r.handlers});let i=r.handle((0,he.f)(e)?{type:"root",children:[e]}:e,undefined,r,{before:"\n",after:"\n",now:{line:1,column:1},lineShift:0});if(i&&i.charCodeAt(i.length-1)!==10&&i.charCodeAt(i.length-1)!==13){i+="\n"}return i;function enter(e){r.stack.push(e);return exit;function exit(){r.stack.pop()}}}function invalid(e){throw new Error("Cannot handle value `"+e+"`, expected node")}function unknown(e){const t=e;throw new Error("Cannot handle unknown node `"+t.type+"`")}function joinDefinition(e,t){if(e.type==="definition"&&e.type===t.type){return 0}}function containerPhrasingBound(e,t){return containerPhrasing(e,this,t)}function containerFlowBound(e,t){return containerFlow(e,this,t)}function safeBound(e,t){return safe(this,e,t)}function remarkStringify(e){const t=this;t.compiler=compiler;function compiler(n){return toMarkdown(n,{...t.data("settings"),...e,extensions:t.data("toMarkdownExtensions")||[]})}}function bail(e){if(e){throw e}}var Te=r(3860);var Oe=r(7776);function isPlainObject(e){if(typeof e!=="object"||e===null){return false}const t=Object.getPrototypeOf(e);return(t===null||t===Object.prototype||Object.getPrototypeOf(t)===null)&&!(Symbol.toStringTag in e)&&!(Symbol.iterator in e)}var Le=r(6590);var Ie=r(711);const Ne=e(import.meta.url)("node:process");function isUrl(e){return Boolean(e!==null&&typeof e==="object"&&"href"in e&&e.href&&"protocol"in e&&e.protocol&&e.auth===undefined)}const _e=e(import.meta.url)("node:url");const Pe=["history","path","basename","stem","extname","dirname"];class VFile{constructor(e){let t;if(!e){t={}}else if(isUrl(e)){t={path:e}}else if(typeof e==="string"||isUint8Array(e)){t={value:e}}else{t=e}this.cwd="cwd"in t?"":Ne.cwd();this.data={};this.history=[];this.messages=[];this.value;this.map;this.result;this.stored;let n=-1;while(++n<Pe.length){const e=Pe[n];if(e in t&&t[e]!==undefined&&t[e]!==null){this[e]=e==="history"?[...t[e]]:t[e]}}let r;for(r in t){if(!Pe.includes(r)){this[r]=t[r]}}}get basename(){return typeof this.path==="string"?o.basename(this.path):undefined}set basename(e){assertNonEmpty(e,"basename");assertPart(e,"basename");this.path=o.join(this.dirname||"",e)}get dirname(){return typeof this.path==="string"?o.dirname(this.path):undefined}set dirname(e){assertPath(this.basename,"dirname");this.path=o.join(e||"",this.basename)}get extname(){return typeof this.path==="string"?o.extname(this.path):undefined}set extname(e){assertPart(e,"extname");assertPath(this.dirname,"extname");if(e){if(e.codePointAt(0)!==46){throw new Error("`extname` must start with `.`")}if(e.includes(".",1)){throw new Error("`extname` cannot contain multiple dots")}}this.path=o.join(this.dirname,this.stem+(e||""))}get path(){return this.history[this.history.length-1]}set path(e){if(isUrl(e)){e=(0,_e.fileURLToPath)(e)}assertNonEmpty(e,"path");if(this.path!==e){this.history.push(e)}}get stem(){return typeof this.path==="string"?o.basename(this.path,this.extname):undefined}set stem(e){assertNonEmpty(e,"stem");assertPart(e,"stem");this.path=o.join(this.dirname||"",e+(this.extname||""))}fail(e,t,n){const r=this.message(e,t,n);r.fatal=true;throw r}info(e,t,n){const r=this.message(e,t,n);r.fatal=undefined;return r}message(e,t,n){const r=new Ie.o(e,t,n);if(this.path){r.name=this.path+":"+r.name;r.file=this.path}r.fatal=false;this.messages.push(r);return r}toString(e){if(this.value===undefined){return""}if(typeof this.value==="string"){return this.value}const t=new TextDecoder(e||undefined);return t.decode(this.value)}}function assertPart(e,t){if(e&&e.includes(o.sep)){throw new Error("`"+t+"` cannot be a path: did not expect `"+o.sep+"`")}}function assertNonEmpty(e,t){if(!e){throw new Error("`"+t+"` cannot be empty")}}function assertPath(e,t){if(!e){throw new Error("Setting `"+t+"` requires `path` to be set too")}}function isUint8Array(e){return Boolean(e&&typeof e==="object"&&"byteLength"in e&&"byteOffset"in e)}const CallableInstance=function(e){const t=this;const n=t.constructor;const r=n.prototype;const i=r[e];const apply=function(){return i.apply(apply,arguments)};Object.setPrototypeOf(apply,r);return apply};const Re={}.hasOwnProperty;class Processor extends CallableInstance{constructor(){super("copy");this.Compiler=undefined;this.Parser=undefined;this.attachers=[];this.compiler=undefined;this.freezeIndex=-1;this.frozen=undefined;this.namespace={};this.parser=undefined;this.transformers=(0,Le.S)()}copy(){const e=new Processor;let t=-1;while(++t<this.attachers.length){const n=this.attachers[t];e.use(...n)}e.data(Te(true,{},this.namespace));return e}data(e,t){if(typeof e==="string"){if(arguments.length===2){assertUnfrozen("data",this.frozen);this.namespace[e]=t;return this}return Re.call(this.namespace,e)&&this.namespace[e]||undefined}if(e){assertUnfrozen("data",this.frozen);this.namespace=e;return this}return this.namespace}freeze(){if(this.frozen){return this}const e=this;while(++this.freezeIndex<this.attachers.length){const[t,...n]=this.attachers[this.freezeIndex];if(n[0]===false){continue}if(n[0]===true){n[0]=undefined}const r=t.call(e,...n);if(typeof r==="function"){this.transformers.use(r)}}this.frozen=true;this.freezeIndex=Number.POSITIVE_INFINITY;return this}parse(e){this.freeze();const t=vfile(e);const n=this.parser||this.Parser;assertParser("parse",n);return n(String(t),t)}process(e,t){const n=this;this.freeze();assertParser("process",this.parser||this.Parser);assertCompiler("process",this.compiler||this.Compiler);return t?executor(undefined,t):new Promise(executor);function executor(r,i){const o=vfile(e);const s=n.parse(o);n.run(s,o,function(e,t,r){if(e||!t||!r){return realDone(e)}const i=t;const o=n.stringify(i,r);if(looksLikeAValue(o)){r.value=o}else{r.result=o}realDone(e,r)});function realDone(e,n){if(e||!n){i(e)}else if(r){r(n)}else{(0,Oe.ok)(t,"`done` is defined if `resolve` is not");t(undefined,n)}}}}processSync(e){let t=false;let n;this.freeze();assertParser("processSync",this.parser||this.Parser);assertCompiler("processSync",this.compiler||this.Compiler);this.process(e,realDone);assertDone("processSync","process",t);(0,Oe.ok)(n,"we either bailed on an error or have a tree");return n;function realDone(e,r){t=true;bail(e);n=r}}run(e,t,n){assertNode(e);this.freeze();const r=this.transformers;if(!n&&typeof t==="function"){n=t;t=undefined}return n?executor(undefined,n):new Promise(executor);function executor(i,o){(0,Oe.ok)(typeof t!=="function","`file` can’t be a `done` anymore, we checked");const s=vfile(t);r.run(e,s,realDone);function realDone(t,r,s){const a=r||e;if(t){o(t)}else if(i){i(a)}else{(0,Oe.ok)(n,"`done` is defined if `resolve` is not");n(undefined,a,s)}}}}runSync(e,t){let n=false;let r;this.run(e,t,realDone);assertDone("runSync","run",n);(0,Oe.ok)(r,"we either bailed on an error or have a tree");return r;function realDone(e,t){bail(e);r=t;n=true}}stringify(e,t){this.freeze();const n=vfile(t);const r=this.compiler||this.Compiler;assertCompiler("stringify",r);assertNode(e);return r(e,n)}use(e,...t){const n=this.attachers;const r=this.namespace;assertUnfrozen("use",this.frozen);if(e===null||e===undefined){}else if(typeof e==="function"){addPlugin(e,t)}else if(typeof e==="object"){if(Array.isArray(e)){addList(e)}else{addPreset(e)}}else{throw new TypeError("Expected usable value, not `"+e+"`")}return this;function add(e){if(typeof e==="function"){addPlugin(e,[])}else if(typeof e==="object"){if(Array.isArray(e)){const[t,...n]=e;addPlugin(t,n)}else{addPreset(e)}}else{throw new TypeError("Expected usable value, not `"+e+"`")}}function addPreset(e){if(!("plugins"in e)&&!("settings"in e)){throw new Error("Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither")}addList(e.plugins);if(e.settings){r.settings=Te(true,r.settings,e.settings)}}function addList(e){let t=-1;if(e===null||e===undefined){}else if(Array.isArray(e)){while(++t<e.length){const n=e[t];add(n)}}else{throw new TypeError("Expected a list of plugins, not `"+e+"`")}}function addPlugin(e,t){let r=-1;let i=-1;while(++r<n.length){if(n[r][0]===e){i=r;break}}if(i===-1){n.push([e,...t])}else if(t.length>0){let[r,...o]=t;const s=n[i][1];if(isPlainObject(s)&&isPlainObject(r)){r=Te(true,s,r)}n[i]=[e,r,...o]}}}}const De=(new Processor).freeze();function assertParser(e,t){if(typeof t!=="function"){throw new TypeError("Cannot `"+e+"` without `parser`")}}function assertCompiler(e,t){if(typeof t!=="function"){throw new TypeError("Cannot `"+e+"` without `compiler`")}}function assertUnfrozen(e,t){if(t){throw new Error("Cannot call `"+e+"` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`.")}}function assertNode(e){if(!isPlainObject(e)||typeof e.type!=="string"){throw new TypeError("Expected node, got `"+e+"`")}}function assertDone(e,t,n){if(!n){throw new Error("`"+e+"` finished async. Use `"+t+"` instead")}}function vfile(e){return looksLikeAVFile(e)?e:new VFile(e)}function looksLikeAVFile(e){return Boolean(e&&typeof e==="object"&&"message"in e&&"messages"in e)}function looksLikeAValue(e){return typeof e==="string"||lib_isUint8Array(e)}function lib_isUint8Array(e){return Boolean(e&&typeof e==="object"&&"byteLength"in e&&"byteOffset"in e)}const $e=De().use(remarkParse).use(remarkStringify).freeze();var Me=r(9312);const Fe=Object.assign(create(Error),{eval:create(EvalError),range:create(RangeError),reference:create(ReferenceError),syntax:create(SyntaxError),type:create(TypeError),uri:create(URIError)});function create(e){FormattedError.displayName=e.displayName||e.name;return FormattedError;function FormattedError(t,...n){const r=t?Me(t,...n):t;return new e(r)}}const je={}.hasOwnProperty;const qe={yaml:"-",toml:"+"};function toMatters(e){const t=[];let n=-1;const r=Array.isArray(e)?e:e?[e]:["yaml"];while(++n<r.length){t[n]=matter(r[n])}return t}function matter(e){let t=e;if(typeof t==="string"){if(!je.call(qe,t)){throw Fe("Missing matter definition for `%s`",t)}t={type:t,marker:qe[t]}}else if(typeof t!=="object"){throw Fe("Expected matter to be an object, not `%j`",t)}if(!je.call(t,"type")){throw Fe("Missing `type` in matter `%j`",t)}if(!je.call(t,"fence")&&!je.call(t,"marker")){throw Fe("Missing `marker` or `fence` in matter `%j`",t)}return t}function escapeStringRegexp(e){if(typeof e!=="string"){throw new TypeError("Expected a string")}return e.replace(/[|\\{}()[\]^$+*?.]/g,"\\$&").replace(/-/g,"\\x2d")}function frontmatterFromMarkdown(e){const t=toMatters(e);const n={};const r={};let i=-1;while(++i<t.length){const e=t[i];n[e.type]=lib_opener(e);r[e.type]=lib_close;r[e.type+"Value"]=value}return{enter:n,exit:r}}function lib_opener(e){return open;function open(t){this.enter({type:e.type,value:""},t);this.buffer()}}function lib_close(e){const t=this.resume();const n=this.stack[this.stack.length-1];(0,Oe.ok)("value"in n);this.exit(e);n.value=t.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g,"")}function value(e){this.config.enter.data.call(this,e);this.config.exit.data.call(this,e)}function frontmatterToMarkdown(e){const t=[];const n={};const r=toMatters(e);let i=-1;while(++i<r.length){const e=r[i];n[e.type]=handler(e);const o=fence(e,"open");t.push({atBreak:true,character:o.charAt(0),after:escapeStringRegexp(o.charAt(1))})}return{unsafe:t,handlers:n}}function handler(e){const t=fence(e,"open");const n=fence(e,"close");return handle;function handle(e){return t+(e.value?"\n"+e.value:"")+"\n"+n}}function fence(e,t){return e.marker?pick(e.marker,t).repeat(3):pick(e.fence,t)}function pick(e,t){return typeof e==="string"?e:e[t]}function frontmatter(e){const t=toMatters(e);const n={};let r=-1;while(++r<t.length){const e=t[r];const i=syntax_fence(e,"open").charCodeAt(0);const o=createConstruct(e);const s=n[i];if(Array.isArray(s)){s.push(o)}else{n[i]=[o]}}return{flow:n}}function createConstruct(e){const t=e.anywhere;const n=e.type;const r=n+"Fence";const i=r+"Sequence";const o=n+"Value";const s={tokenize:tokenizeClosingFence,partial:true};let a;let l=0;return{tokenize:tokenizeFrontmatter,concrete:true};function tokenizeFrontmatter(c,f,d){const p=this;return start;function start(o){const s=p.now();if(s.column===1&&(s.line===1||t)){a=syntax_fence(e,"open");l=0;if(o===a.charCodeAt(l)){c.enter(n);c.enter(r);c.enter(i);return openSequence(o)}}return d(o)}function openSequence(e){if(l===a.length){c.exit(i);if((0,u.On)(e)){c.enter("whitespace");return openSequenceWhitespace(e)}return openAfter(e)}if(e===a.charCodeAt(l++)){c.consume(e);return openSequence}return d(e)}function openSequenceWhitespace(e){if((0,u.On)(e)){c.consume(e);return openSequenceWhitespace}c.exit("whitespace");return openAfter(e)}function openAfter(t){if((0,u.HP)(t)){c.exit(r);c.enter("lineEnding");c.consume(t);c.exit("lineEnding");a=syntax_fence(e,"close");l=0;return c.attempt(s,after,contentStart)}return d(t)}function contentStart(e){if(e===null||(0,u.HP)(e)){return contentEnd(e)}c.enter(o);return contentInside(e)}function contentInside(e){if(e===null||(0,u.HP)(e)){c.exit(o);return contentEnd(e)}c.consume(e);return contentInside}function contentEnd(e){if(e===null){return d(e)}c.enter("lineEnding");c.consume(e);c.exit("lineEnding");return c.attempt(s,after,contentStart)}function after(e){c.exit(n);return f(e)}}function tokenizeClosingFence(e,t,n){let o=0;return closeStart;function closeStart(t){if(t===a.charCodeAt(o)){e.enter(r);e.enter(i);return closeSequence(t)}return n(t)}function closeSequence(t){if(o===a.length){e.exit(i);if((0,u.On)(t)){e.enter("whitespace");return closeSequenceWhitespace(t)}return closeAfter(t)}if(t===a.charCodeAt(o++)){e.consume(t);return closeSequence}return n(t)}function closeSequenceWhitespace(t){if((0,u.On)(t)){e.consume(t);return closeSequenceWhitespace}e.exit("whitespace");return closeAfter(t)}function closeAfter(i){if(i===null||(0,u.HP)(i)){e.exit(r);return t(i)}return n(i)}}}function syntax_fence(e,t){return e.marker?syntax_pick(e.marker,t).repeat(3):syntax_pick(e.fence,t)}function syntax_pick(e,t){return typeof e==="string"?e:e[t]}const Be="yaml";function remarkFrontmatter(e){const t=this;const n=e||Be;const r=t.data();const i=r.micromarkExtensions||(r.micromarkExtensions=[]);const o=r.fromMarkdownExtensions||(r.fromMarkdownExtensions=[]);const s=r.toMarkdownExtensions||(r.toMarkdownExtensions=[]);i.push(frontmatter(n));o.push(frontmatterFromMarkdown(n));s.push(frontmatterToMarkdown(n))}function ccount(e,t){const n=String(e);if(typeof t!=="string"){throw new TypeError("Expected character")}let r=0;let i=n.indexOf(t);while(i!==-1){r++;i=n.indexOf(t,i+t.length)}return r}var ze=r(8830);function findAndReplace(e,t,n){const r=n||{};const i=(0,ze.C)(r.ignore||[]);const o=toPairs(t);let s=-1;while(++s<o.length){(0,be.VG)(e,visitor)}function visitor(e,t,n){if(e.type==="text"&&typeof n==="number"){return handler(e,t,n)}if(i(e,n,t[t.length-1]))return be._Z}function handler(e,t,n){const r=t[t.length-1];const i=o[s][0];const a=o[s][1];let l=0;let c=false;let u=[];i.lastIndex=0;let f=i.exec(e.value);while(f){const n=f.index;const r={index:f.index,input:f.input,stack:[...t,e]};let o=a(...f,r);if(typeof o==="string"){o=o.length>0?{type:"text",value:o}:undefined}if(o===false){i.lastIndex=n+1}else{if(l!==n){add({type:"text",value:e.value.slice(l,n)})}if(Array.isArray(o)){for(const e of o)add(e)}else if(o){add(o)}l=n+f[0].length;c=true}if(!i.global){break}f=i.exec(e.value)}if(c){if(l<e.value.length){add({type:"text",value:e.value.slice(l)})}r.children.splice(n,1,...u)}else{u=[e]}return n+u.length;function add(e){const t=u[u.length-1];if(t&&t.type==="text"&&e.type==="text"){t.value+=e.value}else{u.push(e)}}}}function toPairs(e){if(!Array.isArray(e)){throw new TypeError("Expected find and replace tuple or list of tuples")}const t=[];const n=!e[0]||Array.isArray(e[0])?e:[e];let r=-1;while(++r<n.length){const e=n[r];t.push([toExpression(e[0]),toFunction(e[1])])}return t}function toExpression(e){return typeof e==="string"?new RegExp(escapeStringRegexp(e),"g"):e}function toFunction(e){return typeof e==="function"?e:function(){return e}}const Ue="phrasing";const He=["autolink","link","image","label"];function gfmAutolinkLiteralFromMarkdown(){return{transforms:[transformGfmAutolinkLiterals],enter:{literalAutolink:enterLiteralAutolink,literalAutolinkEmail:enterLiteralAutolinkValue,literalAutolinkHttp:enterLiteralAutolinkValue,literalAutolinkWww:enterLiteralAutolinkValue},exit:{literalAutolink:exitLiteralAutolink,literalAutolinkEmail:exitLiteralAutolinkEmail,literalAutolinkHttp:exitLiteralAutolinkHttp,literalAutolinkWww:exitLiteralAutolinkWww}}}function gfmAutolinkLiteralToMarkdown(){return{unsafe:[{character:"@",before:"[+\\-.\\w]",after:"[\\-.\\w]",inConstruct:Ue,notInConstruct:He},{character:".",before:"[Ww]",after:"[\\-.\\w]",inConstruct:Ue,notInConstruct:He},{character:":",before:"[ps]",after:"\\/",inConstruct:Ue,notInConstruct:He}]}}function enterLiteralAutolink(e){this.enter({type:"link",title:null,url:"",children:[],position:undefined},e)}function enterLiteralAutolinkValue(e){this.config.enter.autolinkProtocol.call(this,e)}function exitLiteralAutolinkHttp(e){this.config.exit.autolinkProtocol.call(this,e)}function exitLiteralAutolinkWww(e){this.config.exit.data.call(this,e);const t=this.stack[this.stack.length-1];(0,Oe.ok)(t.type==="link");t.url="http://"+this.sliceSerialize(e)}function exitLiteralAutolinkEmail(e){this.config.exit.autolinkEmail.call(this,e)}function exitLiteralAutolink(e){this.exit(e)}function transformGfmAutolinkLiterals(e){findAndReplace(e,[[/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,findUrl],[/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,findXmpp],[/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,findMailto],[/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,findEmail]],{ignore:["link","linkReference"]})}function findUrl(e,t,n,r,i){if(!lib_previous(i)){return false}let o="";if(/^w/i.test(t)){n=t+n;t="";o="http://"}if((0,u.es)(n.charCodeAt(0))||!isCorrectDomain(n)){return false}const s=splitUrl(n+r);const a={type:"link",title:null,url:o+t+s[0],children:[{type:"text",value:t+s[0],position:undefined}],position:undefined};if(s[1]){return[a,{type:"text",value:s[1],position:undefined}]}return a}function findEmail(e,t,n){if(/[\d\-_]$/.test(n)){return false}return{type:"link",title:null,url:"mailto:"+t+"@"+n,children:[{type:"text",value:t+"@"+n,position:undefined}],position:undefined}}function findMailto(e,t,n){if(/[\d\-_]$/.test(n)){return false}const r="mailto:"+t+"@"+n;return{type:"link",title:null,url:r,children:[{type:"text",value:r,position:undefined}],position:undefined}}function findXmpp(e,t,n,r,i){if(/[\d\-_]$/.test(n)||r&&(!/[A-Za-z]$/.test(r)||i.input.charAt(i.index+e.length)==="@")){return false}const o="xmpp:"+t+"@"+n+(r||"");return{type:"link",title:null,url:o,children:[{type:"text",value:o,position:undefined}],position:undefined}}function isCorrectDomain(e){const t=e.split(".");if(t.length<2||t[t.length-1]&&(/_/.test(t[t.length-1])||!/[\dA-Za-z]/.test(t[t.length-1]))||t[t.length-2]&&(/_/.test(t[t.length-2])||!/[\dA-Za-z]/.test(t[t.length-2]))){return false}return true}function splitUrl(e){let t=e.length;while(t>0){const n=e.charCodeAt(t-1);if(n===33||n===34||n===38||n===39||n===41||n===44||n===46||n===58||n===59||n===60||n===62||n===63||n===93||n===125){t--}else{break}}if(t===e.length){return[e,undefined]}let n=e.slice(t);e=e.slice(0,t);let r=n.indexOf(")");const i=ccount(e,"(");let o=ccount(e,")");while(r!==-1&&i>o){e+=n.slice(0,r+1);n=n.slice(r+1);r=n.indexOf(")");o++}return[e,n]}function lib_previous(e){const t=e.input.charCodeAt(e.index-1);return e.index===0||(0,u.Ny)(t)||(0,u.es)(t)}footnoteReference.peek=footnoteReferencePeek;function enterFootnoteCallString(){this.buffer()}function enterFootnoteCall(e){this.enter({type:"footnoteReference",identifier:"",label:""},e)}function enterFootnoteDefinitionLabelString(){this.buffer()}function enterFootnoteDefinition(e){this.enter({type:"footnoteDefinition",identifier:"",label:"",children:[]},e)}function exitFootnoteCallString(e){const t=this.resume();const n=this.stack[this.stack.length-1];(0,Oe.ok)(n.type==="footnoteReference");n.identifier=(0,E.B)(this.sliceSerialize(e)).toLowerCase();n.label=t}function exitFootnoteCall(e){this.exit(e)}function exitFootnoteDefinitionLabelString(e){const t=this.resume();const n=this.stack[this.stack.length-1];(0,Oe.ok)(n.type==="footnoteDefinition");n.identifier=(0,E.B)(this.sliceSerialize(e)).toLowerCase();n.label=t}function exitFootnoteDefinition(e){this.exit(e)}function footnoteReferencePeek(){return"["}function footnoteReference(e,t,n,r){const i=n.createTracker(r);let o=i.move("[^");const s=n.enter("footnoteReference");const a=n.enter("reference");o+=i.move(n.safe(n.associationId(e),{after:"]",before:o}));a();s();o+=i.move("]");return o}function gfmFootnoteFromMarkdown(){return{enter:{gfmFootnoteCallString:enterFootnoteCallString,gfmFootnoteCall:enterFootnoteCall,gfmFootnoteDefinitionLabelString:enterFootnoteDefinitionLabelString,gfmFootnoteDefinition:enterFootnoteDefinition},exit:{gfmFootnoteCallString:exitFootnoteCallString,gfmFootnoteCall:exitFootnoteCall,gfmFootnoteDefinitionLabelString:exitFootnoteDefinitionLabelString,gfmFootnoteDefinition:exitFootnoteDefinition}}}function gfmFootnoteToMarkdown(e){let t=false;if(e&&e.firstLineBlank){t=true}return{handlers:{footnoteDefinition:footnoteDefinition,footnoteReference:footnoteReference},unsafe:[{character:"[",inConstruct:["label","phrasing","reference"]}]};function footnoteDefinition(e,n,r,i){const o=r.createTracker(i);let s=o.move("[^");const a=r.enter("footnoteDefinition");const l=r.enter("label");s+=o.move(r.safe(r.associationId(e),{before:s,after:"]"}));l();s+=o.move("]:");if(e.children&&e.children.length>0){o.shift(4);s+=o.move((t?"\n":" ")+r.indentLines(r.containerFlow(e,o.current()),t?mapAll:mapExceptFirst))}a();return s}}function mapExceptFirst(e,t,n){return t===0?e:mapAll(e,t,n)}function mapAll(e,t,n){return(n?"":"    ")+e}const Ve=["autolink","destinationLiteral","destinationRaw","reference","titleQuote","titleApostrophe"];handleDelete.attention=attentionDelete;handleDelete.peek=peekDelete;function gfmStrikethroughFromMarkdown(){return{canContainEols:["delete"],enter:{strikethrough:enterStrikethrough},exit:{strikethrough:exitStrikethrough}}}function gfmStrikethroughToMarkdown(){return{handlers:{delete:handleDelete},unsafe:[{character:"~",inConstruct:"phrasing",notInConstruct:Ve}]}}function enterStrikethrough(e){this.enter({type:"delete",children:[],position:undefined},e)}function exitStrikethrough(e){this.exit(e)}function handleDelete(e,t,n,r){const i=n.createTracker(r);const o=n.stack.includes("strikethrough")?"~":"~~";const s=n.enter("strikethrough");let a=i.move(o);a+=n.containerPhrasing(e,{...i.current(),before:a,after:"~"});a+=i.move(o);s();return a}function attentionDelete(){return{construct:"strikethrough",markers:["~"],sizes:[2,1]}}function peekDelete(){return"~"}function defaultStringLength(e){return e.length}function markdownTable(e,t){const n=t||{};const r=(n.align||[]).concat();const i=n.stringLength||defaultStringLength;const o=[];const s=[];const a=[];const l=[];let c=0;let u=-1;while(++u<e.length){const t=[];const r=[];let o=-1;if(e[u].length>c){c=e[u].length}while(++o<e[u].length){const s=markdown_table_serialize(e[u][o]);if(n.alignDelimiters!==false){const e=i(s);r[o]=e;if(l[o]===undefined||e>l[o]){l[o]=e}}t.push(s)}s[u]=t;a[u]=r}let f=-1;if(typeof r==="object"&&"length"in r){while(++f<c){o[f]=toAlignment(r[f])}}else{const e=toAlignment(r);while(++f<c){o[f]=e}}f=-1;const d=[];const p=[];while(++f<c){const e=o[f];let t="";let r="";if(e===99){t=":";r=":"}else if(e===108){t=":"}else if(e===114){r=":"}let i=n.alignDelimiters===false?1:Math.max(1,l[f]-t.length-r.length);const s=t+"-".repeat(i)+r;if(n.alignDelimiters!==false){i=t.length+i+r.length;if(i>l[f]){l[f]=i}p[f]=i}d[f]=s}s.splice(1,0,d);a.splice(1,0,p);u=-1;const h=[];while(++u<s.length){const e=s[u];const t=a[u];const r=n.fillRows===false?Math.max(1,s[u===1?0:u].length):c;f=-1;const i=[];while(++f<r){const s=e[f]||"";let a="";let c="";if(n.alignDelimiters!==false){const e=l[f]-(t[f]||0);const n=o[f];if(n===114){a=" ".repeat(e)}else if(n===99){const t=e/2;if(e%2){a=" ".repeat(t+.5);c=" ".repeat(t-.5)}else{a=" ".repeat(t);c=a}}else{c=" ".repeat(e)}}if(n.delimiterStart!==false&&!f){i.push("|")}if(n.padding!==false&&!(n.alignDelimiters===false&&s==="")&&(n.delimiterStart!==false||f)){i.push(" ")}if(n.alignDelimiters!==false){i.push(a)}i.push(s);if(n.alignDelimiters!==false){i.push(c)}if(n.padding!==false){i.push(" ")}if(n.delimiterEnd!==false||f!==r-1){i.push("|")}}h.push(n.delimiterEnd===false?i.join("").replace(/ +$/,""):i.join(""))}return h.join("\n")}function markdown_table_serialize(e){return e===null||e===undefined?"":String(e)}function toAlignment(e){const t=typeof e==="string"?e.codePointAt(0):0;return t===67||t===99?99:t===76||t===108?108:t===82||t===114?114:0}function gfmTableFromMarkdown(){return{enter:{table:enterTable,tableData:enterCell,tableHeader:enterCell,tableRow:enterRow},exit:{codeText:exitCodeText,table:exitTable,tableData:lib_exit,tableHeader:lib_exit,tableRow:lib_exit}}}function enterTable(e){const t=e._align;(0,Oe.ok)(t,"expected `_align` on table");this.enter({type:"table",align:t.map(function(e){return e==="none"?null:e}),children:[],position:undefined},e);this.data.inTable=true}function exitTable(e){this.exit(e);this.data.inTable=undefined}function enterRow(e){this.enter({type:"tableRow",children:[],position:undefined},e)}function lib_exit(e){this.exit(e)}function enterCell(e){this.enter({type:"tableCell",children:[],position:undefined},e)}function exitCodeText(e){let t=this.resume();if(this.data.inTable){t=t.replace(/\\([\\|])/g,replace)}const n=this.stack[this.stack.length-1];(0,Oe.ok)(n.type==="inlineCode");n.value=t;this.exit(e)}function replace(e,t){return t==="|"?t:e}function gfmTableToMarkdown(e){const t=e||{};const{tableCellPadding:n,tablePipeAlign:r,stringLength:i}=t;const o=n?" ":"|";return{handlers:{inlineCode:inlineCodeWithTable,table:handleTable,tableCell:handleTableCell,tableRow:handleTableRow},join:[joinTable],unsafe:[{character:"\r",inConstruct:"tableCell"},{character:"\n",inConstruct:"tableCell"},{atBreak:true,character:"|",after:"[\t :-]"},{character:"|",inConstruct:"tableCell"},{atBreak:true,character:":",after:"-"},{atBreak:true,character:"-",after:"[:|-]"}]};function handleTable(e,t,n,r){const i=handleTableAsData(e,n,r);const o=i[0];if(o){let t=e.align?e.align.length:0;let n=-1;if(!t){while(++n<i.length){if(i[n].length>t)t=i[n].length}}while(o.length<t)o.push("")}return serializeData(i,e.align)}function handleTableRow(e,t,n,r){const i=handleTableRowAsData(e,n,r);const o=serializeData([i]);return o.slice(0,o.indexOf("\n"))}function handleTableCell(e,t,n,r){const i=n.enter("tableCell");const s=n.enter("phrasing");const a=n.containerPhrasing(e,{...r,before:o,after:o});s();i();return a}function serializeData(e,t){return markdownTable(e,{align:t,alignDelimiters:r,fillRows:false,padding:n,stringLength:i})}function handleTableAsData(e,t,n){const{children:r}=e;let i=-1;const o=[];const s=t.enter("table");while(++i<r.length){o[i]=handleTableRowAsData(r[i],t,n)}s();return o}function handleTableRowAsData(e,t,n){const{children:r}=e;let i=-1;const o=[];const s=t.enter("tableRow");while(++i<r.length){o[i]=handleTableCell(r[i],e,t,n)}s();return o}function inlineCodeWithTable(e,t,n){const r=we.inlineCode(e,t,n);if(!n.stack.includes("tableCell"))return r;const i=[];let o=0;let s=r.indexOf("|");while(s!==-1){let e=s;while(e>o&&r.charCodeAt(e-1)===92){e--}i.push(r.slice(o,s));if((s-e)%2===0)i.push("\\");o=s;s=r.indexOf("|",s+1)}i.push(r.slice(o));return i.join("")}}function joinTable(e,t,n,r){if(e.type==="table"&&n.type==="listItem"&&n.spread===false&&(t.type==="definition"||t.type==="heading"&&lib_formatHeadingAsSetext(t,r)||t.type==="paragraph"||t.type==="table")){return 1}}function lib_formatHeadingAsSetext(e,t){let n=false;(0,ke.YR)(e,function(e){if(e.type==="break"||"value"in e&&/\r?\n|\r/.test(e.value)){n=true;return be.dc}});return Boolean((!e.depth||e.depth<3)&&(0,l.d)(e)&&(t.options.setext||n))}function gfmTaskListItemFromMarkdown(){return{exit:{taskListCheckValueChecked:exitCheck,taskListCheckValueUnchecked:exitCheck,paragraph:exitParagraphWithTaskListItem}}}function gfmTaskListItemToMarkdown(){return{handlers:{paragraph:paragraphWithTaskListItem},join:[joinDefinitionsBeforeTaskListItemParagraph]}}function exitCheck(e){const t=this.stack[this.stack.length-2];(0,Oe.ok)(t.type==="listItem");t.checked=e.type==="taskListCheckValueChecked"}function exitParagraphWithTaskListItem(e){const t=this.stack[this.stack.length-2];if(t&&t.type==="listItem"&&typeof t.checked==="boolean"){const e=this.stack[this.stack.length-1];(0,Oe.ok)(e.type==="paragraph");const n=e.children[0];if(n&&n.type==="text"){const r=t.children;let i=-1;let o;while(++i<r.length){const e=r[i];if(e.type==="paragraph"){o=e;break}}if(o===e){n.value=n.value.slice(1);if(n.value.length===0){e.children.shift()}else if(e.position&&n.position&&typeof n.position.start.offset==="number"){n.position.start.column++;n.position.start.offset++;e.position.start={...n.position.start}}}}}this.exit(e)}function paragraphWithTaskListItem(e,t,n,r){if(!t||t.type!=="listItem"||taskListItemParagraph(t)!==e){return we.paragraph(e,t,n,r)}const i="["+(t.checked?"x":" ")+"] ";const o=n.createTracker(r);o.move(i);const s=we.paragraph(e.children.length>0?e:{type:"paragraph",children:[{type:"text",value:" "}]},t,n,{...r,...o.current()});return i+s}function joinDefinitionsBeforeTaskListItemParagraph(e,t,n){if(!(e.type==="definition"&&n.type==="listItem")){return}const r=taskListItemParagraph(n);if(r&&n.children.indexOf(e)<n.children.indexOf(r)){return 0}}function taskListItemParagraph(e){if(typeof e.checked!=="boolean"){return}for(const t of e.children){if(t.type==="paragraph"){return t}if(t.type!=="definition"){return}}}function gfmFromMarkdown(){return[gfmAutolinkLiteralFromMarkdown(),gfmFootnoteFromMarkdown(),gfmStrikethroughFromMarkdown(),gfmTableFromMarkdown(),gfmTaskListItemFromMarkdown()]}function gfmToMarkdown(e){return{extensions:[gfmAutolinkLiteralToMarkdown(),gfmFootnoteToMarkdown(e),gfmStrikethroughToMarkdown(),gfmTableToMarkdown(e),gfmTaskListItemToMarkdown()]}}const Ke={tokenize:tokenizeWwwPrefix,partial:true};const Ye={tokenize:tokenizeDomain,partial:true};const We={tokenize:tokenizePath,partial:true};const Ge={tokenize:tokenizeTrail,partial:true};const Je={tokenize:tokenizeEmailDomainDotTrail,partial:true};const Qe={name:"wwwAutolink",tokenize:tokenizeWwwAutolink,previous:previousWww};const Ze={name:"protocolAutolink",tokenize:tokenizeProtocolAutolink,previous:previousProtocol};const Xe={name:"emailAutolink",tokenize:tokenizeEmailAutolink,previous:previousEmail};const et={};function gfmAutolinkLiteral(){return{text:et}}let tt=48;while(tt<123){et[tt]=Xe;tt++;if(tt===58)tt=65;else if(tt===91)tt=97}et[43]=Xe;et[45]=Xe;et[46]=Xe;et[95]=Xe;et[72]=[Xe,Ze];et[104]=[Xe,Ze];et[87]=[Xe,Qe];et[119]=[Xe,Qe];function tokenizeEmailAutolink(e,t,n){const r=this;let i;let o;return start;function start(t){if(!gfmAtext(t)||!previousEmail.call(r,r.previous)||previousUnbalanced(r.events)){return n(t)}e.enter("literalAutolink");e.enter("literalAutolinkEmail");return atext(t)}function atext(t){if(gfmAtext(t)){e.consume(t);return atext}if(t===64){e.consume(t);return emailDomain}return n(t)}function emailDomain(t){if(t===46){return e.check(Je,emailDomainAfter,emailDomainDot)(t)}if(t===45||t===95||(0,u.lV)(t)){o=true;e.consume(t);return emailDomain}return emailDomainAfter(t)}function emailDomainDot(t){e.consume(t);i=true;return emailDomain}function emailDomainAfter(s){if(o&&i&&(0,u.CW)(r.previous)){e.exit("literalAutolinkEmail");e.exit("literalAutolink");return t(s)}return n(s)}}function tokenizeWwwAutolink(e,t,n){const r=this;return wwwStart;function wwwStart(t){if(t!==87&&t!==119||!previousWww.call(r,r.previous)||previousUnbalanced(r.events)){return n(t)}e.enter("literalAutolink");e.enter("literalAutolinkWww");return e.check(Ke,e.attempt(Ye,e.attempt(We,wwwAfter),n),n)(t)}function wwwAfter(n){e.exit("literalAutolinkWww");e.exit("literalAutolink");return t(n)}}function tokenizeProtocolAutolink(e,t,n){const r=this;let i="";let o=false;return protocolStart;function protocolStart(t){if((t===72||t===104)&&previousProtocol.call(r,r.previous)&&!previousUnbalanced(r.events)){e.enter("literalAutolink");e.enter("literalAutolinkHttp");i+=String.fromCodePoint(t);e.consume(t);return protocolPrefixInside}return n(t)}function protocolPrefixInside(t){if((0,u.CW)(t)&&i.length<5){i+=String.fromCodePoint(t);e.consume(t);return protocolPrefixInside}if(t===58){const n=i.toLowerCase();if(n==="http"||n==="https"){e.consume(t);return protocolSlashesInside}}return n(t)}function protocolSlashesInside(t){if(t===47){e.consume(t);if(o){return afterProtocol}o=true;return protocolSlashesInside}return n(t)}function afterProtocol(t){return t===null||(0,u.JQ)(t)||(0,u.Ee)(t)||(0,u.Ny)(t)||(0,u.es)(t)?n(t):e.attempt(Ye,e.attempt(We,protocolAfter),n)(t)}function protocolAfter(n){e.exit("literalAutolinkHttp");e.exit("literalAutolink");return t(n)}}function tokenizeWwwPrefix(e,t,n){let r=0;return wwwPrefixInside;function wwwPrefixInside(t){if((t===87||t===119)&&r<3){r++;e.consume(t);return wwwPrefixInside}if(t===46&&r===3){e.consume(t);return wwwPrefixAfter}return n(t)}function wwwPrefixAfter(e){return e===null?n(e):t(e)}}function tokenizeDomain(e,t,n){let r;let i;let o;return domainInside;function domainInside(t){if(t===46||t===95){return e.check(Ge,domainAfter,domainAtPunctuation)(t)}if(t===null||(0,u.Ee)(t)||(0,u.Ny)(t)||t!==45&&(0,u.es)(t)){return domainAfter(t)}o=true;e.consume(t);return domainInside}function domainAtPunctuation(t){if(t===95){r=true}else{i=r;r=undefined}e.consume(t);return domainInside}function domainAfter(e){if(i||r||!o){return n(e)}return t(e)}}function tokenizePath(e,t){let n=0;let r=0;return pathInside;function pathInside(i){if(i===40){n++;e.consume(i);return pathInside}if(i===41&&r<n){return pathAtPunctuation(i)}if(i===33||i===34||i===38||i===39||i===41||i===42||i===44||i===46||i===58||i===59||i===60||i===63||i===93||i===95||i===126){return e.check(Ge,t,pathAtPunctuation)(i)}if(i===null||(0,u.Ee)(i)||(0,u.Ny)(i)){return t(i)}e.consume(i);return pathInside}function pathAtPunctuation(t){if(t===41){r++}e.consume(t);return pathInside}}function tokenizeTrail(e,t,n){return trail;function trail(r){if(r===33||r===34||r===39||r===41||r===42||r===44||r===46||r===58||r===59||r===63||r===95||r===126){e.consume(r);return trail}if(r===38){e.consume(r);return trailCharacterReferenceStart}if(r===93){e.consume(r);return trailBracketAfter}if(r===60||r===null||(0,u.Ee)(r)||(0,u.Ny)(r)){return t(r)}return n(r)}function trailBracketAfter(e){if(e===null||e===40||e===91||(0,u.Ee)(e)||(0,u.Ny)(e)){return t(e)}return trail(e)}function trailCharacterReferenceStart(e){return(0,u.CW)(e)?trailCharacterReferenceInside(e):n(e)}function trailCharacterReferenceInside(t){if(t===59){e.consume(t);return trail}if((0,u.CW)(t)){e.consume(t);return trailCharacterReferenceInside}return n(t)}}function tokenizeEmailDomainDotTrail(e,t,n){return start;function start(t){e.consume(t);return after}function after(e){return(0,u.lV)(e)?n(e):t(e)}}function previousWww(e){return e===null||e===40||e===42||e===95||e===91||e===93||e===126||(0,u.Ee)(e)}function previousProtocol(e){return!(0,u.CW)(e)}function previousEmail(e){return!(e===47||gfmAtext(e))}function gfmAtext(e){return e===43||e===45||e===46||e===95||(0,u.lV)(e)}function previousUnbalanced(e){let t=e.length;let n=false;while(t--){const r=e[t][1];if((r.type==="labelLink"||r.type==="labelImage")&&!r._balanced){n=true;break}if(r._gfmAutolinkLiteralWalkedInto){n=false;break}}if(e.length>0&&!n){e[e.length-1][1]._gfmAutolinkLiteralWalkedInto=true}return n}const nt={tokenize:syntax_tokenizeIndent,partial:true};function gfmFootnote(){return{document:{[91]:{name:"gfmFootnoteDefinition",tokenize:tokenizeDefinitionStart,continuation:{tokenize:tokenizeDefinitionContinuation},exit:gfmFootnoteDefinitionEnd}},text:{[91]:{name:"gfmFootnoteCall",tokenize:tokenizeGfmFootnoteCall},[93]:{name:"gfmPotentialFootnoteCall",add:"after",tokenize:tokenizePotentialGfmFootnoteCall,resolveTo:resolveToPotentialGfmFootnoteCall}}}}function tokenizePotentialGfmFootnoteCall(e,t,n){const r=this;let i=r.events.length;const o=r.parser.gfmFootnotes||(r.parser.gfmFootnotes=[]);let s;while(i--){const e=r.events[i][1];if(e.type==="labelImage"){s=e;break}if(e.type==="gfmFootnoteCall"||e.type==="labelLink"||e.type==="label"||e.type==="image"||e.type==="link"){break}}return start;function start(i){if(!s||!s._balanced){return n(i)}const a=(0,E.B)(r.sliceSerialize({start:s.end,end:r.now()}));if(a.codePointAt(0)!==94||!o.includes(a.slice(1))){return n(i)}e.enter("gfmFootnoteCallLabelMarker");e.consume(i);e.exit("gfmFootnoteCallLabelMarker");return t(i)}}function resolveToPotentialGfmFootnoteCall(e,t){let n=e.length;let r;while(n--){if(e[n][1].type==="labelImage"&&e[n][0]==="enter"){r=e[n][1];break}}e[n+1][1].type="data";e[n+3][1].type="gfmFootnoteCallLabelMarker";const i={type:"gfmFootnoteCall",start:Object.assign({},e[n+3][1].start),end:Object.assign({},e[e.length-1][1].end)};const o={type:"gfmFootnoteCallMarker",start:Object.assign({},e[n+3][1].end),end:Object.assign({},e[n+3][1].end)};o.end.column++;o.end.offset++;o.end._bufferIndex++;const s={type:"gfmFootnoteCallString",start:Object.assign({},o.end),end:Object.assign({},e[e.length-1][1].start)};const a={type:"chunkString",contentType:"string",start:Object.assign({},s.start),end:Object.assign({},s.end)};const l=[e[n+1],e[n+2],["enter",i,t],e[n+3],e[n+4],["enter",o,t],["exit",o,t],["enter",s,t],["enter",a,t],["exit",a,t],["exit",s,t],e[e.length-2],e[e.length-1],["exit",i,t]];e.splice(n,e.length-n+1,...l);return e}function tokenizeGfmFootnoteCall(e,t,n){const r=this;const i=r.parser.gfmFootnotes||(r.parser.gfmFootnotes=[]);let o=0;let s;return start;function start(t){e.enter("gfmFootnoteCall");e.enter("gfmFootnoteCallLabelMarker");e.consume(t);e.exit("gfmFootnoteCallLabelMarker");return callStart}function callStart(t){if(t!==94)return n(t);e.enter("gfmFootnoteCallMarker");e.consume(t);e.exit("gfmFootnoteCallMarker");e.enter("gfmFootnoteCallString");e.enter("chunkString").contentType="string";return callData}function callData(a){if(o>999||a===93&&!s||a===null||a===91||(0,u.Ee)(a)){return n(a)}if(a===93){e.exit("chunkString");const o=e.exit("gfmFootnoteCallString");if(!i.includes((0,E.B)(r.sliceSerialize(o)))){return n(a)}e.enter("gfmFootnoteCallLabelMarker");e.consume(a);e.exit("gfmFootnoteCallLabelMarker");e.exit("gfmFootnoteCall");return t}if(!(0,u.Ee)(a)){s=true}o++;e.consume(a);return a===92?callEscape:callData}function callEscape(t){if(t===91||t===92||t===93){e.consume(t);o++;return callData}return callData(t)}}function tokenizeDefinitionStart(e,t,n){const r=this;const i=r.parser.gfmFootnotes||(r.parser.gfmFootnotes=[]);let o;let s=0;let a;return start;function start(t){e.enter("gfmFootnoteDefinition")._container=true;e.enter("gfmFootnoteDefinitionLabel");e.enter("gfmFootnoteDefinitionLabelMarker");e.consume(t);e.exit("gfmFootnoteDefinitionLabelMarker");return labelAtMarker}function labelAtMarker(t){if(t===94){e.enter("gfmFootnoteDefinitionMarker");e.consume(t);e.exit("gfmFootnoteDefinitionMarker");e.enter("gfmFootnoteDefinitionLabelString");e.enter("chunkString").contentType="string";return labelInside}return n(t)}function labelInside(t){if(s>999||t===93&&!a||t===null||t===91||(0,u.Ee)(t)){return n(t)}if(t===93){e.exit("chunkString");const n=e.exit("gfmFootnoteDefinitionLabelString");o=(0,E.B)(r.sliceSerialize(n));e.enter("gfmFootnoteDefinitionLabelMarker");e.consume(t);e.exit("gfmFootnoteDefinitionLabelMarker");e.exit("gfmFootnoteDefinitionLabel");return labelAfter}if(!(0,u.Ee)(t)){a=true}s++;e.consume(t);return t===92?labelEscape:labelInside}function labelEscape(t){if(t===91||t===92||t===93){e.consume(t);s++;return labelInside}return labelInside(t)}function labelAfter(t){if(t===58){e.enter("definitionMarker");e.consume(t);e.exit("definitionMarker");if(!i.includes(o)){i.push(o)}return factorySpace(e,whitespaceAfter,"gfmFootnoteDefinitionWhitespace")}return n(t)}function whitespaceAfter(e){return t(e)}}function tokenizeDefinitionContinuation(e,t,n){return e.check(h,t,e.attempt(nt,t,n))}function gfmFootnoteDefinitionEnd(e){e.exit("gfmFootnoteDefinition")}function syntax_tokenizeIndent(e,t,n){const r=this;return factorySpace(e,afterPrefix,"gfmFootnoteDefinitionIndent",4+1);function afterPrefix(e){const i=r.events[r.events.length-1];return i&&i[1].type==="gfmFootnoteDefinitionIndent"&&i[2].sliceSerialize(i[1],true).length===4?t(e):n(e)}}function gfmStrikethrough(e){const t=e||{};let n=t.singleTilde;const r={name:"strikethrough",tokenize:tokenizeStrikethrough,resolveAll:resolveAllStrikethrough};if(n===null||n===undefined){n=true}return{text:{[126]:r},insideSpan:{null:[r]},attentionMarkers:{null:[126]}};function resolveAllStrikethrough(e,t){let n=-1;while(++n<e.length){if(e[n][0]==="enter"&&e[n][1].type==="strikethroughSequenceTemporary"&&e[n][1]._close){let r=n;while(r--){if(e[r][0]==="exit"&&e[r][1].type==="strikethroughSequenceTemporary"&&e[r][1]._open&&e[n][1].end.offset-e[n][1].start.offset===e[r][1].end.offset-e[r][1].start.offset){e[n][1].type="strikethroughSequence";e[r][1].type="strikethroughSequence";const i={type:"strikethrough",start:Object.assign({},e[r][1].start),end:Object.assign({},e[n][1].end)};const o={type:"strikethroughText",start:Object.assign({},e[r][1].end),end:Object.assign({},e[n][1].start)};const s=[["enter",i,t],["enter",e[r][1],t],["exit",e[r][1],t],["enter",o,t]];const a=t.parser.constructs.insideSpan.null;if(a){splice(s,s.length,0,resolveAll(a,e.slice(r+1,n),t))}splice(s,s.length,0,[["exit",o,t],["enter",e[n][1],t],["exit",e[n][1],t],["exit",i,t]]);splice(e,r-1,n-r+3,s);n=r+s.length-2;break}}}}n=-1;while(++n<e.length){if(e[n][1].type==="strikethroughSequenceTemporary"){e[n][1].type="data"}}return e}function tokenizeStrikethrough(e,t,r){const i=this.previous;const o=this.events;let s=0;return start;function start(t){if(i===126&&o[o.length-1][1].type!=="characterEscape"){return r(t)}e.enter("strikethroughSequenceTemporary");return more(t)}function more(o){const a=classifyCharacter(i);if(o===126){if(s>1)return r(o);e.consume(o);s++;return more}if(s<2&&!n)return r(o);const l=e.exit("strikethroughSequenceTemporary");const c=classifyCharacter(o);l._open=!c||c===2&&Boolean(a);l._close=!a||a===2&&Boolean(c);return t(o)}}}class edit_map_EditMap{constructor(){this.map=[];this.index=new Map}add(e,t,n){edit_map_addImplementation(this,e,t,n)}consume(e){this.map.sort(function(e,t){return e[0]-t[0]});if(this.map.length===0){return}let t=this.map.length;const n=[];while(t>0){t-=1;n.push(e.slice(this.map[t][0]+this.map[t][1]),this.map[t][2]);e.length=this.map[t][0]}n.push(e.slice());e.length=0;let r=n.pop();while(r){for(const t of r){e.push(t)}r=n.pop()}this.map.length=0;this.index.clear()}}function edit_map_addImplementation(e,t,n,r){if(n===0&&r.length===0){return}const i=e.index.get(t);if(i){i[1]+=n;i[2].push(...r);return}const o=[t,n,r];e.map.push(o);e.index.set(t,o)}function gfmTableAlign(e,t){let n=false;const r=[];while(t<e.length){const i=e[t];if(n){if(i[0]==="enter"){if(i[1].type==="tableContent"){r.push(e[t+1][1].type==="tableDelimiterMarker"?"left":"none")}}else if(i[1].type==="tableContent"){if(e[t-1][1].type==="tableDelimiterMarker"){const e=r.length-1;r[e]=r[e]==="left"?"center":"right"}}else if(i[1].type==="tableDelimiterRow"){break}}else if(i[0]==="enter"&&i[1].type==="tableDelimiterRow"){n=true}t+=1}return r}function gfmTable(){return{flow:{null:{name:"table",tokenize:tokenizeTable,resolveAll:resolveTable}}}}function tokenizeTable(e,t,n){const r=this;let i=0;let o=0;let s;return start;function start(e){let t=r.events.length-1;while(t>-1){const{type:e}=r.events[t][1];if(e==="lineEnding"||e==="linePrefix"){t--}else{break}}const i=t>-1?r.events[t][1].type:null;const o=i==="tableHead"||i==="tableRow"?bodyRowStart:headRowBefore;if(o===bodyRowStart&&r.parser.lazy[r.now().line]){return n(e)}return o(e)}function headRowBefore(t){e.enter("tableHead");e.enter("tableRow");return headRowStart(t)}function headRowStart(e){if(e===124){return headRowBreak(e)}s=true;o+=1;return headRowBreak(e)}function headRowBreak(t){if(t===null){return n(t)}if((0,u.HP)(t)){if(o>1){o=0;r.interrupt=true;e.exit("tableRow");e.enter("lineEnding");e.consume(t);e.exit("lineEnding");return headDelimiterStart}return n(t)}if((0,u.On)(t)){return factorySpace(e,headRowBreak,"whitespace")(t)}o+=1;if(s){s=false;i+=1}if(t===124){e.enter("tableCellDivider");e.consume(t);e.exit("tableCellDivider");s=true;return headRowBreak}e.enter("data");return headRowData(t)}function headRowData(t){if(t===null||t===124||(0,u.Ee)(t)){e.exit("data");return headRowBreak(t)}e.consume(t);return t===92?headRowEscape:headRowData}function headRowEscape(t){if(t===92||t===124){e.consume(t);return headRowData}return headRowData(t)}function headDelimiterStart(t){r.interrupt=false;if(r.parser.lazy[r.now().line]){return n(t)}e.enter("tableDelimiterRow");s=false;if((0,u.On)(t)){return factorySpace(e,headDelimiterBefore,"linePrefix",r.parser.constructs.disable.null.includes("codeIndented")?undefined:4)(t)}return headDelimiterBefore(t)}function headDelimiterBefore(t){if(t===45||t===58){return headDelimiterValueBefore(t)}if(t===124){s=true;e.enter("tableCellDivider");e.consume(t);e.exit("tableCellDivider");return headDelimiterCellBefore}return headDelimiterNok(t)}function headDelimiterCellBefore(t){if((0,u.On)(t)){return factorySpace(e,headDelimiterValueBefore,"whitespace")(t)}return headDelimiterValueBefore(t)}function headDelimiterValueBefore(t){if(t===58){o+=1;s=true;e.enter("tableDelimiterMarker");e.consume(t);e.exit("tableDelimiterMarker");return headDelimiterLeftAlignmentAfter}if(t===45){o+=1;return headDelimiterLeftAlignmentAfter(t)}if(t===null||(0,u.HP)(t)){return headDelimiterCellAfter(t)}return headDelimiterNok(t)}function headDelimiterLeftAlignmentAfter(t){if(t===45){e.enter("tableDelimiterFiller");return headDelimiterFiller(t)}return headDelimiterNok(t)}function headDelimiterFiller(t){if(t===45){e.consume(t);return headDelimiterFiller}if(t===58){s=true;e.exit("tableDelimiterFiller");e.enter("tableDelimiterMarker");e.consume(t);e.exit("tableDelimiterMarker");return headDelimiterRightAlignmentAfter}e.exit("tableDelimiterFiller");return headDelimiterRightAlignmentAfter(t)}function headDelimiterRightAlignmentAfter(t){if((0,u.On)(t)){return factorySpace(e,headDelimiterCellAfter,"whitespace")(t)}return headDelimiterCellAfter(t)}function headDelimiterCellAfter(n){if(n===124){return headDelimiterBefore(n)}if(n===null||(0,u.HP)(n)){if(!s||i!==o){return headDelimiterNok(n)}e.exit("tableDelimiterRow");e.exit("tableHead");return t(n)}return headDelimiterNok(n)}function headDelimiterNok(e){return n(e)}function bodyRowStart(t){e.enter("tableRow");return bodyRowBreak(t)}function bodyRowBreak(n){if(n===124){e.enter("tableCellDivider");e.consume(n);e.exit("tableCellDivider");return bodyRowBreak}if(n===null||(0,u.HP)(n)){e.exit("tableRow");return t(n)}if((0,u.On)(n)){return factorySpace(e,bodyRowBreak,"whitespace")(n)}e.enter("data");return bodyRowData(n)}function bodyRowData(t){if(t===null||t===124||(0,u.Ee)(t)){e.exit("data");return bodyRowBreak(t)}e.consume(t);return t===92?bodyRowEscape:bodyRowData}function bodyRowEscape(t){if(t===92||t===124){e.consume(t);return bodyRowData}return bodyRowData(t)}}function resolveTable(e,t){let n=-1;let r=true;let i=0;let o=[0,0,0,0];let s=[0,0,0,0];let a=false;let l=0;let c;let u;let f;const d=new edit_map_EditMap;while(++n<e.length){const p=e[n];const h=p[1];if(p[0]==="enter"){if(h.type==="tableHead"){a=false;if(l!==0){flushTableEnd(d,t,l,c,u);u=undefined;l=0}c={type:"table",start:Object.assign({},h.start),end:Object.assign({},h.end)};d.add(n,0,[["enter",c,t]])}else if(h.type==="tableRow"||h.type==="tableDelimiterRow"){r=true;f=undefined;o=[0,0,0,0];s=[0,n+1,0,0];if(a){a=false;u={type:"tableBody",start:Object.assign({},h.start),end:Object.assign({},h.end)};d.add(n,0,[["enter",u,t]])}i=h.type==="tableDelimiterRow"?2:u?3:1}else if(i&&(h.type==="data"||h.type==="tableDelimiterMarker"||h.type==="tableDelimiterFiller")){r=false;if(s[2]===0){if(o[1]!==0){s[0]=s[1];f=flushCell(d,t,o,i,undefined,f);o=[0,0,0,0]}s[2]=n}}else if(h.type==="tableCellDivider"){if(r){r=false}else{if(o[1]!==0){s[0]=s[1];f=flushCell(d,t,o,i,undefined,f)}o=s;s=[o[1],n,0,0]}}}else if(h.type==="tableHead"){a=true;l=n}else if(h.type==="tableRow"||h.type==="tableDelimiterRow"){l=n;if(o[1]!==0){s[0]=s[1];f=flushCell(d,t,o,i,n,f)}else if(s[1]!==0){f=flushCell(d,t,s,i,n,f)}i=0}else if(i&&(h.type==="data"||h.type==="tableDelimiterMarker"||h.type==="tableDelimiterFiller")){s[3]=n}}if(l!==0){flushTableEnd(d,t,l,c,u)}d.consume(t.events);n=-1;while(++n<t.events.length){const e=t.events[n];if(e[0]==="enter"&&e[1].type==="table"){e[1]._align=gfmTableAlign(t.events,n)}}return e}function flushCell(e,t,n,r,i,o){const s=r===1?"tableHeader":r===2?"tableDelimiter":"tableData";const a="tableContent";if(n[0]!==0){o.end=Object.assign({},getPoint(t.events,n[0]));e.add(n[0],0,[["exit",o,t]])}const l=getPoint(t.events,n[1]);o={type:s,start:Object.assign({},l),end:Object.assign({},l)};e.add(n[1],0,[["enter",o,t]]);if(n[2]!==0){const i=getPoint(t.events,n[2]);const o=getPoint(t.events,n[3]);const s={type:a,start:Object.assign({},i),end:Object.assign({},o)};e.add(n[2],0,[["enter",s,t]]);if(r!==2){const r=t.events[n[2]];const i=t.events[n[3]];r[1].end=Object.assign({},i[1].end);r[1].type="chunkText";r[1].contentType="text";if(n[3]>n[2]+1){const t=n[2]+1;const r=n[3]-n[2]-1;e.add(t,r,[])}}e.add(n[3]+1,0,[["exit",s,t]])}if(i!==undefined){o.end=Object.assign({},getPoint(t.events,i));e.add(i,0,[["exit",o,t]]);o=undefined}return o}function flushTableEnd(e,t,n,r,i){const o=[];const s=getPoint(t.events,n);if(i){i.end=Object.assign({},s);o.push(["exit",i,t])}r.end=Object.assign({},s);o.push(["exit",r,t]);e.add(n+1,0,o)}function getPoint(e,t){const n=e[t];const r=n[0]==="enter"?"start":"end";return n[1][r]}const rt={name:"tasklistCheck",tokenize:tokenizeTasklistCheck};function gfmTaskListItem(){return{text:{[91]:rt}}}function tokenizeTasklistCheck(e,t,n){const r=this;return open;function open(t){if(r.previous!==null||!r._gfmTasklistFirstContentOfListItem){return n(t)}e.enter("taskListCheck");e.enter("taskListCheckMarker");e.consume(t);e.exit("taskListCheckMarker");return inside}function inside(t){if((0,u.Ee)(t)){e.enter("taskListCheckValueUnchecked");e.consume(t);e.exit("taskListCheckValueUnchecked");return close}if(t===88||t===120){e.enter("taskListCheckValueChecked");e.consume(t);e.exit("taskListCheckValueChecked");return close}return n(t)}function close(t){if(t===93){e.enter("taskListCheckMarker");e.consume(t);e.exit("taskListCheckMarker");e.exit("taskListCheck");return after}return n(t)}function after(r){if((0,u.HP)(r)){return t(r)}if((0,u.On)(r)){return e.check({tokenize:spaceThenNonSpace},t,n)(r)}return n(r)}}function spaceThenNonSpace(e,t,n){return factorySpace(e,after,"whitespace");function after(e){return e===null?n(e):t(e)}}function gfm(e){return combineExtensions([gfmAutolinkLiteral(),gfmFootnote(),gfmStrikethrough(e),gfmTable(),gfmTaskListItem()])}function gfmHtml(e){return combineHtmlExtensions([gfmAutolinkLiteralHtml(),gfmFootnoteHtml(e),gfmStrikethroughHtml(),gfmTableHtml(),gfmTagfilterHtml(),gfmTaskListItemHtml()])}const it={};function remarkGfm(e){const t=this;const n=e||it;const r=t.data();const i=r.micromarkExtensions||(r.micromarkExtensions=[]);const o=r.fromMarkdownExtensions||(r.fromMarkdownExtensions=[]);const s=r.toMarkdownExtensions||(r.toMarkdownExtensions=[]);i.push(gfm(n));o.push(gfmFromMarkdown());s.push(gfmToMarkdown(n))}const ot=/\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;const st=new RegExp("(\\s*\\/\\*"+ot.source+"\\*\\/\\s*)");const lt=new RegExp("(\\s*\x3c!--"+ot.source+"--\x3e\\s*)");function commentMarker(e){if(isNode(e)&&(e.type==="html"||e.type==="mdxFlowExpression"||e.type==="mdxTextExpression")){const t=e.value.match(e.type==="html"?lt:st);if(t&&t[0].length===e.value.length){const n=parseParameters(t[3]||"");if(n){return{name:t[2],attributes:(t[4]||"").trim(),parameters:n,node:e}}}}}function parseParameters(e){const t={};return e.replace(/\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,replacer).replace(/\s+/g,"")?undefined:t;function replacer(e,n,r,i,o){let s=r===undefined?i===undefined?o:i:r;const a=Number(s);if(s==="true"||s===undefined){s=true}else if(s==="false"){s=false}else if(s.trim()&&!Number.isNaN(a)){s=a}t[n]=s;return""}}function isNode(e){return Boolean(e&&typeof e==="object"&&"type"in e)}function space_separated_tokens_parse(e){const t=String(e||"").trim();return t?t.split(/[ \t\n\r\f]+/g):[]}function stringify(e){return e.join(" ").trim()}var ct=r(807);const ut={}.hasOwnProperty;function messageControl(e,t){if(!t||typeof t!=="object"){throw new Error("Expected `options`")}const{file:n,marker:r,name:i,test:o}=t;let{enable:s,disable:a,known:l,reset:c,source:u}=t;if(!s)s=[];if(!a)a=[];if(!n){throw new Error("Expected `file` in `options`")}if(!r){throw new Error("Expected `marker` in `options`")}if(!i){throw new Error("Expected `name` in `options`")}const f=typeof u==="string"?[u]:u||[i];const d=(0,ct.C)(n).toOffset;const p=!c;const h=detectGaps(e);const m={};const g=[];(0,ke.YR)(e,o,visitor);n.messages=n.messages.filter(function(e){return filter(e)});function visitor(e,t,o){const s=e.position&&e.position.start;const a=r(e);if(!s||!a||a.name!==i){return}const l=space_separated_tokens_parse(a.attributes);const c=l.shift();const u=c==="enable"?doEnable:c==="disable"?doDisable:c==="ignore"?doIgnore:undefined;if(!u){n.fail("Unknown keyword `"+c+"`: expected "+"`'enable'`, `'disable'`, or `'ignore'`",e)}(0,Oe.ok)(c,"expected verb");(0,Oe.ok)(u,"expected verb");const f=o&&t!==undefined&&o.children[t+1]||undefined;const d=f&&f.position&&f.position.end;if(l.length===0){u(s,undefined,d)}else{let t=-1;while(++t<l.length){const n=l[t];if(isKnown(n,c,e)){u(s,n,d)}}}}function doIgnore(e,t,n){if(n){toggle(e,false,t);toggle(n,true,t)}}function doDisable(e,t){toggle(e,false,t);if(!t)c=true}function doEnable(e,t){toggle(e,true,t);if(!t)c=false}function filter(e){let t=h.length;if(!e.source||!f.includes(e.source)){return true}if(!e.line)e.line=1;if(!e.column)e.column=1;const n=d(e);(0,Oe.ok)(typeof n==="number");while(t--){if(h[t][0]<=n&&h[t][1]>n){return false}}return(!e.ruleId||check(e,m[e.ruleId],true))&&check(e,g,false)}function isKnown(e,t,r){const i=l?l.includes(e):true;if(!i){n.message("Cannot "+t+" `'"+e+"'`, it’s not known",{ancestors:[r],place:r.position,ruleId:"known",source:"unified-message-control"})}return i}function getState(e){const t=e?m[e]:g;if(t&&t.length>0){return t[t.length-1].state}(0,Oe.ok)(s);(0,Oe.ok)(a);return e?c?s.includes(e):!a.includes(e):!c}function toggle(e,t,n){const r=n?m[n]||(m[n]=[]):g;const i=getState(n);if(i!==t){r.push({state:t,point:e})}if(!n){for(n in m){if(ut.call(m,n)){toggle(e,t,n)}}}}function check(e,t,n){if(e.line&&e.column&&t&&t.length>0){let n=t.length;while(n--){const r=t[n];if(r.point&&(r.point.line<e.line||r.point.line===e.line&&r.point.column<=e.column)){return r.state===true}}}if(n){(0,Oe.ok)(e.ruleId);(0,Oe.ok)(s);(0,Oe.ok)(a);return c?s.includes(e.ruleId):!a.includes(e.ruleId)}return Boolean(p||c)}}function detectGaps(e){const t=e&&e.position&&e.position.end&&e.position.end.offset;let n=0;let r=false;const i=[];(0,ke.YR)(e,one);if(typeof t==="number"&&n!==t){update();update(t)}return i;function one(e){update(e.position&&e.position.start&&e.position.start.offset);if(!("children"in e)){update(e.position&&e.position.end&&e.position.end.offset)}}function update(e){if(e===null||e===undefined){r=true}else if(n<e){if(r){i.push([n,e]);r=false}n=e}}}const ft=["comment","html","mdxFlowExpression","mdxTextExpression"];function remarkMessageControl(e){return function(t,n){messageControl(t,{...e,file:n,marker:commentMarker,test:ft})}}function remarkLint(){this.use(lintMessageControl)}function lintMessageControl(){return remarkMessageControl({name:"lint",source:"remark-lint"})}var dt=r(7046);function markdownText(e,t){const{text:n}=e;if(!t)return n;const[r,i]=t.range;const o=t.closeLine>0;if(!o||t.format==="json"||t.errors.some(e=>e.kind==="executable"||e.kind==="unknown-language")){return n.slice(0,r)+blank(n.slice(r,o?i:lineEndOffset(n,0)))+n.slice(o?i:lineEndOffset(n,0))}const s=t.format==="toml"?"+++":"---";const a=lineEndOffset(n,r);const l=t.contentRange[1];const c=lineEndOffset(n,l);return padFence(s,n.slice(r,a))+n.slice(a,l)+padFence(s,n.slice(l,c))+n.slice(c)}function lineEndOffset(e,t){const n=e.indexOf("\n",t);if(n===-1)return e.length;return e[n-1]==="\r"?n-1:n}function padFence(e,t){return e+" ".repeat(Math.max(0,t.length-e.length))}function blank(e){return e.replace(/[^\r\n]/g," ")}const pt=$e().use(remarkFrontmatter,["yaml","toml"]).use(remarkGfm);function parseMarkdown(e){return pt.parse(e)}async function runRemarkLint(e,t,n,r={}){const i=r.prune===false?n:rulesThatApply(e,n);if(i.size===0)return[];const o=lintProcessor(i);const s=new VFile({value:t});await o.run(e,s);return s.messages.filter(e=>typeof e.ruleId==="string").map(e=>{const t=e.place;const n=t&&"start"in t?t.start:t;const r=t&&"end"in t?t.end:n;return{ruleId:e.ruleId,reason:e.reason,line:n?.line??1,column:n?.column??1,endLine:r?.line??n?.line??1,endColumn:r?.column??n?.column??1}})}function rulesThatApply(e,t){const n=nodeTypes(e);const r=new Set;for(const e of dt.F){if(t.has(e.id)&&(!e.nodeTypes||e.nodeTypes.some(e=>n.has(e))))r.add(e.id)}return r}function nodeTypes(e){const t=new Set;const n=[e];while(n.length>0){const e=n.pop();t.add(e.type);const r=e.children;if(r)for(let e=0;e<r.length;e++)n.push(r[e])}return t}const ht=new Map;function lintProcessor(e){const t=[...e].sort().join(",");let n=ht.get(t);if(!n){n=buildProcessor(dt.F.filter(t=>e.has(t.id)));ht.set(t,n)}return n}function buildProcessor(e){const t=$e().use(remarkFrontmatter,["yaml","toml"]).use(remarkGfm).use(remarkLint);for(const n of e){if(n.option===undefined)t.use(n.plugin);else t.use(n.plugin,n.option)}return t}var mt=r(7433);function collectImages(e,t,n,r){const i=[];const o=new Map;const s=[];(0,ke.YR)(t,t=>{if(t.type==="code"||t.type==="inlineCode"||t.type==="yaml"||t.type==="toml")return be._Z;if(t.type==="image")i.push(fromImageNode(e,t));else if(t.type==="imageReference")s.push(t);else if(t.type==="definition")o.set(t.identifier,t);else if(t.type==="html")i.push(...fromHtml(e,t));else if(t.type==="text")i.push(...fromKramdownText(e,t));return undefined});const a=new Set;for(const t of s){const n=o.get(t.identifier);if(!n?.position||a.has(n.identifier))continue;a.add(n.identifier);const r=locateUrl(e,n.position.start.offset,n.position.end.offset,n.url,"]:");i.push({kind:"reference",url:n.url,alt:t.alt??"",...span(e,n.position.start.offset,n.position.end.offset),...r?{urlRange:r}:{}})}if(n)i.push(...fromFrontmatter(e,n,r));return i.sort((e,t)=>e.line-t.line||e.column-t.column)}function span(e,t,n){const r=(0,mt.t$)(e,t);const i=(0,mt.t$)(e,n);return{line:r.line,column:r.column,endLine:i.line,endColumn:i.column}}function fromImageNode(e,t){const n=t.position.start.offset;const r=t.position.end.offset;const i=locateUrl(e,n,r,t.url,"](");return{kind:"markdown",url:t.url,alt:t.alt??"",...span(e,n,r),...i?{urlRange:i}:{}}}function locateUrl(e,t,n,r,i){const o=e.text.slice(t,n);let s=i==="]("?o.lastIndexOf("]("):o.indexOf("]:");if(s===-1)return undefined;s+=2;while(s<o.length&&/\s/.test(o[s]))s++;const a=o[s]==="<";if(a)s++;let l=s;while(l<o.length&&!(a?o[l]===">":/[\s)]/.test(o[l])))l++;if(l===s&&r!=="")return undefined;return[t+s,t+l]}const gt=/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;const yt=/\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;function withoutComments(e){if(!e.includes("\x3c!--"))return e;let t="";let n=0;for(;;){const r=e.indexOf("\x3c!--",n);if(r===-1)break;const i=e.indexOf("--\x3e",r+4);const o=i===-1?e.length:i+3;t+=e.slice(n,r)+e.slice(r,o).replace(/[^\n]/g," ");n=o}return t+e.slice(n)}function fromHtml(e,t){const n=t.position.start.offset;const r=withoutComments(e.text.slice(n,t.position.end.offset));const i=[];for(const t of r.matchAll(gt)){const r=t[1]??t[2]??t[3]??"";const o=n+t.index;const s=o+t[0].indexOf(r,t[0].search(/\bsrc\s*=/i));const a=yt.exec(t[0]);const l={kind:"html",url:r,...span(e,o,o+t[0].length),urlRange:[s,s+r.length]};if(a)l.alt=a[1]??a[2]??a[3]??"";i.push(l)}return i}const kt=/!\[([^\]\n]*)\]\(([^()\n<>]*\s[^()\n<>]*?)\)/g;function fromKramdownText(e,t){if(!t.value.includes("![")||!t.position)return[];const n=t.position.start.offset;const r=e.text.slice(n,t.position.end.offset);const i=[];for(const t of r.matchAll(kt)){const r=t[2].trim().replace(/\s+"[^"]*"$/,"");const o=n+t.index+t[0].indexOf(r,t[1].length+3);i.push({kind:"kramdown",url:r,alt:t[1],...span(e,n+t.index,n+t.index+t[0].length),urlRange:[o,o+r.length]})}return i}function fromFrontmatter(e,t,n){const r=[];for(const i of t.entries){for(const t of n){const[n,o]=t.split(".");if(n!==i.key)continue;let s=i.value;if(o)s=s&&typeof s==="object"&&!Array.isArray(s)?s[o]:undefined;else if(s&&typeof s==="object")continue;if(Array.isArray(s))s=s[0];if(typeof s!=="string"||s.trim()==="")continue;const a=i.valueRange;const l=a?e.text.indexOf(s,a[0]):-1;const c=a&&l!==-1&&l<a[1]?[l,l+s.length]:undefined;const u=c?span(e,c[0],c[1]):{line:i.line,column:i.column,endLine:i.line,endColumn:i.column+i.key.length};r.push({kind:"frontmatter",url:s,key:t,...u,...c?{urlRange:c}:{}})}}return r}function createContext(e){let t;return{...e,fileName:s().posix.basename(e.file),get images(){t??=collectImages(e.source,e.tree,e.frontmatter,e.preset.coverKeys);return t},options:t=>e.settings.ruleOptions[t]??{}}}var bt=r(5404);var wt=r(7977);var xt=r(7280);var vt=r(2225);var St=r(7828);var At=r(7790);var Ct=r(6275);var Et=r(3133);var Tt=r(4661);var Ot=r(7163);var Lt=r(3572);var It=r(311);var Nt=r(2651);const _t=[{open:/^[ \t]*\{%-?[ \t]*highlight\b[^%\n]*%\}[ \t]*$/,close:/^[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/},{open:/^[ \t]*\{%-?[ \t]*comment[ \t]*-?%\}[ \t]*$/,close:/^[ \t]*\{%-?[ \t]*endcomment[ \t]*-?%\}[ \t]*$/}];const Pt=[{open:/^[ \t]*\{%[ \t]*(?:codeblock|code)\b[^%\n]*%\}[ \t]*$/,close:/^[ \t]*\{%[ \t]*end(?:codeblock|code)[ \t]*%\}[ \t]*$/},{open:/^[ \t]*\{%[ \t]*highlight\b[^%\n]*%\}[ \t]*$/,close:/^[ \t]*\{%[ \t]*endhighlight[ \t]*%\}[ \t]*$/}];const Rt=[{open:/^[ \t]*\{\{[<%][ \t]*highlight\b[^\n]*[>%]\}\}[ \t]*$/,close:/^[ \t]*\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}[ \t]*$/}];const Dt=/^[ \t]{0,3}\{:[^\n{}]*\}[ \t]*$/;const $t=/^[ \t]{0,3}(`{3,}|~{3,})/;const Mt=/^([ \t]*(?:>[ \t]?)+)\$\$/;const Ft=/^[ \t]{0,3}\{:[ \t]*\.?toc[ \t]*\}[ \t]*$/;const jt=/^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]/;function maskTemplates(e,t,n){const r=[...n.templates.includes("liquid")?_t:[],...n.templates.includes("nunjucks")?Pt:[],...n.templates.includes("hugo-shortcodes")?Rt:[]];const i={text:e,syntheticCode:new Set,codeLines:[]};if(r.length===0&&!n.kramdownAttributes&&n.math==="none")return i;if(!mayHaveTemplates(e,t)&&(n.math==="none"||e.indexOf("$",t)===-1))return i;const o=splitLines(e);const s=o.findIndex(e=>e.end>=t);const a=[];let l;for(let t=Math.max(0,s);t<o.length;t++){const s=o[t];const c=e.slice(s.start,s.end);const u=$t.exec(c);if(l!==undefined){if(u&&u[1][0]===l[0]&&u[1].length>=l.length&&c.slice(u[0].length).trim()==="")l=undefined;continue}if(u){l=u[1];continue}if(n.kramdownAttributes&&Dt.test(c)){a.push({start:s.start,end:s.end,text:" ".repeat(s.end-s.start)});const n=o[t-1];if(n&&Ft.test(c)&&jt.test(e.slice(n.start,n.end))&&a.at(-2)?.start!==n.start){a.splice(a.length-1,0,{start:n.start,end:n.end,text:" ".repeat(n.end-n.start)})}continue}if(n.math!=="none"){const r=Mt.exec(c);if(r){const n=r[1];let s=t;if(!(c.trimEnd().length>n.length+4&&c.trimEnd().endsWith("$$"))){for(let n=t+1;n<o.length&&n<=t+500;n++){const t=e.slice(o[n].start,o[n].end);if(t.trim()===""||!t.trimStart().startsWith(">"))break;if(t.trimEnd().endsWith("$$")){s=n;break}}}if(s>t||c.trimEnd().endsWith("$$")){for(let n=t;n<=s;n++){const t=e.slice(o[n].start,o[n].end);const r=/^[ \t]*(?:>[ \t]?)+/.exec(t)?.[0]??"";a.push({start:o[n].start+r.length,end:o[n].end,text:" ".repeat(t.length-r.length)})}i.codeLines.push([t+1,s+1]);t=s;continue}}const l=mathBlockEnd(e,o,t);if(l!==undefined){const n=o.slice(t+1,l).map(t=>e.slice(t.start,t.end));const r=fenceFor(n,3);if(l===t){a.push(templates_blankLine(e,s))}else{a.push(asFence(e,s,r),asFence(e,o[l],r));i.syntheticCode.add(s.start+indentOf(c).length)}i.codeLines.push([t+1,l+1]);t=l;continue}const u=maskInlineMath(c,n.math);if(u!==c)a.push({start:s.start,end:s.end,text:u})}const f=r.find(e=>e.open.test(c));if(!f)continue;let d=-1;for(let n=t+1;n<o.length;n++){if(f.close.test(e.slice(o[n].start,o[n].end))){d=n;break}}if(d===-1)continue;const p=o.slice(t+1,d).map(t=>e.slice(t.start,t.end));const h=o[d];const m=fenceFor(p,Math.min(c.trimStart().length,e.slice(h.start,h.end).trimStart().length));a.push(asFence(e,s,m),asFence(e,h,m));i.syntheticCode.add(s.start+indentOf(c).length);i.codeLines.push([t+1,d+1]);t=d}if(a.length===0)return i;let c="";let u=0;for(const t of a){c+=e.slice(u,t.start)+t.text;u=t.end}i.text=c+e.slice(u);return i}function mathBlockEnd(e,t,n){const r=e.slice(t[n].start,t[n].end).trim();if(!r.startsWith("$$"))return undefined;if(r.length>4&&r.endsWith("$$"))return n;for(let r=n+1;r<t.length&&r<=n+500;r++){const n=e.slice(t[r].start,t[r].end).trim();if(n==="")return undefined;if(n.endsWith("$$"))return r}return undefined}function templates_blankLine(e,t){return{start:t.start,end:t.end,text:" ".repeat(t.end-t.start)}}function maskInlineMath(e,t){if(!e.includes("$")||e.includes("`"))return e;let n=e.replace(/\$\$([^$\n]+)\$\$/g,(e,t)=>"``"+t+"``");if(t==="dollars")n=n.replace(/\$([^$\s][^$\n]*?)\$/g,(e,t)=>/\s$/.test(t)?e:"`"+t+"`");return n}function mayHaveTemplates(e,t){return e.indexOf("{%",t)!==-1||e.indexOf("{{",t)!==-1||e.indexOf("{:",t)!==-1}function splitLines(e){const t=[];let n=0;while(n<=e.length){const r=e.indexOf("\n",n);const i=r===-1?e.length:r;t.push({start:n,end:e[i-1]==="\r"?i-1:i});if(r===-1)break;n=r+1}return t}function indentOf(e){return/^[ \t]*/.exec(e)[0]}function fenceFor(e,t){const longest=t=>Math.max(0,...e.map(e=>new RegExp(`^[ \\t]*(\\${t}+)`).exec(e)?.[1]?.length??0));const n=longest("`");if(n<3)return"```";const r=longest("~");if(r<3)return"~~~";return"`".repeat(Math.min(t,n+1))}function asFence(e,t,n){const r=e.slice(t.start,t.end);const i=indentOf(r).replace(/\t/g," ");const o=i+n;return{start:t.start,end:t.end,text:o+" ".repeat(Math.max(0,r.length-o.length))}}async function createEnvironment(e,t){const n=await(0,St.B7)(e);const r=await(0,Ot.U)(n.root,t.preset.name);const i=await(0,Nt.r)(t.preset.name,n,r,t.presetReason);return addVocabulary({repo:n,site:r,engine:i,settings:t})}async function addVocabulary(e){const{repo:t,settings:n}=e;if(!(0,Tt.X)(n,"tags-vocabulary"))return e;const r=(0,St.jv)(t.files,n.posts,n.ignore);const i=(0,vt.Z$)(n.ruleOptions["tags-normalize"]??{},"tags",e.engine.lowercaseTags);const o=await(0,xt.vQ)(t.root,r,i,n.preset.taxonomyString==="split-on-spaces",n.maxFileSize);return{...e,vocabulary:o}}async function lintText(e,t,n,r){const{settings:i}=n;const o=(0,a.yv)(t,{lenientYaml:n.engine.yamlReader==="psych"||n.engine.yamlReader==="js-yaml"});const s=o.found?o.frontmatter:undefined;const{engine:l}=n;const c=maskTemplates(markdownText(t,s),s?.range[1]??0,l);const u=c.text;const f=parseMarkdown(u);if(c.syntheticCode.size>0)removeSyntheticCode(f,c.syntheticCode);const d=l.kindOf(e,s?.data);const p=n.previousPaths?.get(e);const h=createContext({file:e,source:t,frontmatter:s,tree:f,preset:i.preset,site:n.site,engine:l,kind:d,repo:n.repo,settings:i,...n.vocabulary?{vocabulary:n.vocabulary}:{},...p!==undefined?{previousPath:p}:{}});if(r){try{r((0,At.ef)(h))}catch{}}const m=[];for(const e of Ct.aO){const t=(0,Tt.X)(i,e.id);if(!t)continue;if(d==="page"&&e.postsOnly)continue;if(d==="unpublished"&&!e.forUnpublished)continue;e.check(h,({messageId:n,data:r,position:i,fix:o})=>{m.push(toProblem(h,e,t,e.messages[n],r,i,o))})}const g=new Set(d==="unpublished"?[]:dt.F.filter(e=>(0,Tt.X)(i,e.id)).map(e=>e.id));if(/\.mdx$/i.test(e))g.delete("code-block-style");const y=new Map(dt.F.map(e=>[e.id,e]));const inMaskedCode=e=>c.codeLines.some(([t,n])=>e>=t&&e<=n);const k=(await runRemarkLint(f,u,g)).filter(e=>!inMaskedCode(e.line));const b=new Map;for(const e of k)b.set(e.ruleId,(b.get(e.ruleId)??0)+1);const w=new Set;for(const e of k){const t=y.get(e.ruleId);if(!t)continue;let n=t.messages.reported;const r=(b.get(t.id)??1)-1;if(t.oncePerFile){if(w.has(t.id))continue;w.add(t.id);if(r>0)n={en:`${n.en} ${Lt.mm.moreLikeThis.en}`,ko:`${n.ko} ${Lt.mm.moreLikeThis.ko}`}}const o=e.reason.replace(/\bexected\b/g,"expected");const[s="",a=""]=[...o.matchAll(/`([^`]*)`/g)].map(e=>e[1]);const l={reason:o,values:(0,dt.X)(o),v1:s,v2:a,more:r};m.push(toProblem(h,t,(0,Tt.X)(i,t.id),n,l,e))}return m.sort(byPosition)}function toProblem(e,t,n,r,i,o,s){const a=e.source.lineStarts.length;const l=clamp(o.line,1,a);const c=clamp(o.endLine??l,l,a);const u={file:e.file,line:l,column:Math.max(1,o.column),endLine:c,endColumn:Math.max(1,o.endColumn??o.column),ruleId:t.id,severity:n,message:(0,Lt.GP)(r,e.settings.lang,i)};if(s){if(!t.fixable)throw new Error(`rule ${t.id} reported a fix but is not marked fixable`);const n=e.source.bomLength;u.fix={edits:s.edits.map(e=>({range:[e.range[0]+n,e.range[1]+n],text:e.text}))}}return u}function removeSyntheticCode(e,t){if(!("children"in e))return;e.children=e.children.filter(e=>!(e.type==="code"&&t.has(e.position?.start.offset??-1)));for(const n of e.children)removeSyntheticCode(n,t)}function clamp(e,t,n){return Math.min(Math.max(e,t),n)}function byPosition(e,t){return e.line-t.line||e.column-t.column||e.ruleId.localeCompare(t.ruleId)}async function lintFiles(e,t,n={}){const{settings:r}=t;const i=[];let o=0;for(const r of e){const s=await lintOneFile(r,t,n.preview??false);i.push(s);n.onResult?.(s);n.onFile?.(++o,e.length,r)}return buildReport(i,r)}async function lintOneFile(e,t,n){const{settings:r,repo:i}=t;const o=r.lang;const a=await(0,St.xD)(i.root,e);if(a===undefined)return unreadable(e,(0,Lt.GP)(Lt.mm.outsideRepo,o));const l=await(0,bt.Vz)(s().join(i.root,a),r.maxFileSize);if(!l.ok)return unreadable(a,describeFailure(l.failure,r),l.failure.kind==="not-utf8"?l.failure.line:1);try{const e={file:a,problems:[]};e.problems=await lintText(a,l.source,t,n?t=>e.preview=t:undefined);return e}catch(e){return unreadable(a,(0,Lt.GP)(Lt.mm.internal,o,{reason:e.message}))}}function unreadable(e,t,n=1){return{file:e,problems:[{file:e,line:n,column:1,endLine:n,endColumn:1,ruleId:Et.W.id,severity:"error",message:t}]}}function describeFailure(e,t){const n=t.lang;switch(e.kind){case"too-large":return(0,Lt.GP)(Lt.mm.tooLarge,n,{size:e.size,limit:e.limit});case"binary":return(0,Lt.GP)(Lt.mm.binary,n);case"not-utf8":return(0,Lt.GP)(Lt.mm.notUtf8,n,{line:e.line,column:e.column});case"unreadable":return(0,Lt.GP)(Lt.mm.unreadable,n,{reason:e.reason})}}function buildReport(e,t){let n=0;let r=0;for(const t of e){for(const e of t.problems){if(e.severity==="error")n++;else r++}}return{tool:{name:It.lH,version:It.wr},preset:t.preset.name,presetReason:t.presetReason,lang:t.lang,files:e,errorCount:n,warningCount:r}}function selectPosts(e,t,n){const r=n.length>0?n.map(t=>toPattern(e.root,t)):t.posts;return(0,St.jv)((0,St.ZO)(e),r,t.ignore)}function toPattern(e,t){const n=s().isAbsolute(t)?s().relative(e,t):t;const r=n.split(s().sep).join("/").replace(/^\.\//,"").replace(/\/$/,"");if(r===""||r===".")return"**/*.{md,markdown,mdx}";return/[*?{[]/.test(r)||/\.(md|markdown|mdx)$/i.test(r)?r:`${r}/**/*.{md,markdown,mdx}`}function fromText(e){return createSource(e)}const qt=10;async function fixText(e,t,n){let r=t;let i=0;let o=await lintText(e,(0,mt.gV)(r),n);const s=new Set;for(const e of o)if(e.fix)for(let t=e.line;t<=e.endLine;t++)s.add(t);let a;while(i<qt){const{output:t,applied:s}=(0,wt.yZ)(r,o);if(s.length===0||t===r)break;i++;r=t;o=await lintText(e,(0,mt.gV)(r),n);a??={output:r,problems:o}}if(i>1&&a&&(0,wt.MA)(t,r).some(e=>!s.has(e)))return{output:a.output,problems:a.problems,passes:1};return{output:r,problems:o,passes:i}}async function readForFix(e,t){const n=await(0,St.xD)(t.repo.root,e);if(n===undefined)return undefined;const r=await(0,bt.Vz)(s().join(t.repo.root,n),t.settings.maxFileSize);if(!r.ok)return undefined;return(r.source.bomLength?"\ufeff":"")+r.source.text}},9004:(t,n,r)=>{r.d(n,{yV:()=>defaultJobs,hT:()=>isWorkerPayload,Ty:()=>lintFilesInParallel,$D:()=>runLintWorker});var i=r(3024);const o=e(import.meta.url)("node:os");var s=r.n(o);var a=r(6760);var l=r.n(a);var c=r(5919);var u=r(7309);var f=r(7828);var d=r(2651);const p="blog-post-lint-worker";const h=200;function defaultJobs(e){return e>=h?Math.min(4,s().availableParallelism()):1}const m=4;const g=48;function isWorkerPayload(e){return!!e&&typeof e==="object"&&e.kind===p}async function lintFilesInParallel(e,t,n,r,i={}){const o=await largestFirst(n.repo.root,t);const s=new Array(t.length);let a=0;const l={kind:p,root:n.repo.root,repoFiles:[...n.repo.files],escapingLinks:[...n.repo.escapingLinks],site:n.site,settings:n.settings,...n.vocabulary?{vocabulary:n.vocabulary}:{},...n.previousPaths?{previousPaths:[...n.previousPaths]}:{},preview:i.preview??false};const f=[];const d=Promise.all(Array.from({length:r},()=>new Promise((n,r)=>{const u=new c.Worker(e,{workerData:l,resourceLimits:{maxYoungGenerationSizeMb:g}});f.push(u);u.on("message",e=>{if(e.type==="file"){s[e.index]=e.result;i.onFile?.(++a,t.length,t[e.index])}else if(e.type==="next"){const e=o.splice(0,m);u.postMessage({indexes:e,files:e.map(e=>t[e])})}else r(new Error(e.message))});u.on("error",r);u.on("exit",e=>e===0?n():r(new Error(`a lint worker stopped with code ${e}`)))})));await d.catch(async e=>{await Promise.all(f.map(e=>e.terminate()));throw e});const h=t.filter((e,t)=>s[t]===undefined);if(h.length>0)throw new Error(`the lint workers returned no result for ${h.length} files`);return(0,u.FK)(s,n.settings)}async function largestFirst(e,t){const n=await Promise.all(t.map(t=>i.promises.stat(l().resolve(e,t)).then(e=>e.size,()=>-1)));return t.map((e,t)=>t).sort((e,t)=>n[t]-n[e]||e-t)}async function runLintWorker(e,t){try{const n=(0,f.b)(e.root,new Set(e.repoFiles),new Set(e.escapingLinks));const r={repo:n,site:e.site,engine:await(0,d.r)(e.settings.preset.name,n,e.site,e.settings.presetReason),settings:e.settings,...e.vocabulary?{vocabulary:e.vocabulary}:{},...e.previousPaths?{previousPaths:new Map(e.previousPaths)}:{}};for(;;){const n=await nextBatch(t);if(n.files.length===0)break;let i=0;await(0,u.ji)(n.files,r,{preview:e.preview,onResult:e=>t.postMessage({type:"file",index:n.indexes[i++],result:e})})}}catch(e){t.postMessage({type:"error",message:e.message})}}function nextBatch(e){return new Promise(t=>{e.once("message",e=>t(e));e.postMessage({type:"next"})})}},7790:(e,t,n)=>{n.d(t,{XC:()=>permalinkAt,ef:()=>computePreview});var r=n(615);var i=n(6045);var o=n(2225);var s=n(9260);var a=n(7163);const l=500;const c=200;const u=200;function computePreview(e,t={}){const n=frontmatterData(e);const r=countText(bodyText(e.tree));const i=postDate(e,n);const o={categories:terms(e,n,"categories"),tags:terms(e,n,"tags"),readingMinutes:r.minutes,words:r.words,characters:r.characters,outline:outline(e.tree),images:e.images.filter(e=>e.kind!=="frontmatter").length};const s=scalarText(n.title);if(s)o.title=s;if(i)o.date=showDate(i);const a=postUrl(e,n,i,t);if(a)o.url=a;const l=e.images.find(e=>e.kind==="frontmatter");if(l)o.cover=l.url;const c=excerptOf(n,e.tree);if(c)o.excerpt=c;return o}function scalarText(e){if(typeof e==="number")return String(e);if(typeof e!=="string")return undefined;const t=e.replace(/\s+/g," ").trim();return t===""?undefined:t}function rawTerms(e,t){if(typeof t==="string")return(0,o.Pr)(t,e.preset.taxonomyString==="split-on-spaces");if(typeof t==="number")return[String(t)];if(!Array.isArray(t))return[];return t.filter(e=>typeof e==="string"||typeof e==="number").map(String)}function terms(e,t,n){return(0,s.Nr)(rawTerms(e,t[n]),(0,s.ZX)(e,n))}function frontmatterData(e){const t=e.frontmatter&&e.frontmatter.errors.length===0?e.frontmatter.data:{};if(e.engine.keysCaseSensitive)return t;const n={};for(const[e,r]of Object.entries(t))if(e===e.toLowerCase())n[e]=r;for(const[e,r]of Object.entries(t))n[e.toLowerCase()]??=r;return n}function postDate(e,t){let n=t.date;const o=e.frontmatter?.entries.find(e=>e.key==="date");const s=e.engine.datesInSiteZone&&e.frontmatter?.format==="yaml"&&(0,r.Jj)(n,(0,i.qB)(o));if((n===undefined||n===null||n==="")&&e.preset.dateFromFileName){n=/^(\d{4}-\d{2}-\d{2})-/.exec(e.fileName)?.[1]}if(n===undefined||n===null)return undefined;const a=e.site.timeZone;const l=(0,r.y1)(n);if(!l.ok)return undefined;if(a===undefined||(0,r.Ym)(a,new Date(l.date.epochMs))===undefined)return{date:l.date};if(s){const e=(0,r.Ym)(a,new Date(l.date.epochMs));return e===undefined?{date:l.date}:{date:{...l.date,offsetMinutes:0},siteOffset:e}}let c=l.date;if(c.offsetMinutes===undefined){for(let e=0;e<2;e++){const e=(0,r.Ym)(a,new Date(c.epochMs))??0;const t=(0,r.y1)(n,e);if(!t.ok)break;c=t.date}}const u=(0,r.Ym)(a,new Date(c.epochMs));return u===undefined?{date:c}:{date:c,siteOffset:u}}const pad=(e,t=2)=>String(e).padStart(t,"0");function showDate({date:e,siteOffset:t}){const n=`${pad(e.year,4)}-${pad(e.month)}-${pad(e.day)}`;if(!e.hasTime)return n;const r=t??e.offsetMinutes;if(r===undefined){const t=new Date(e.epochMs);return`${n} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`}const i=new Date(e.epochMs+r*6e4);return`${pad(i.getUTCFullYear(),4)}-${pad(i.getUTCMonth()+1)}-${pad(i.getUTCDate())} ${pad(i.getUTCHours())}:${pad(i.getUTCMinutes())} ${formatOffset(r)}`}function formatOffset(e){const t=e<0?"-":"+";const n=Math.abs(e);return`${t}${pad(Math.floor(n/60))}:${pad(n%60)}`}function urlClock(e){const{date:t,siteOffset:n}=e;if(!t.hasTime)return new Date(Date.UTC(t.year,t.month-1,t.day));return new Date(t.epochMs+(n??0)*6e4)}const f={date:"/:categories/:year/:month/:day/:title:output_ext",pretty:"/:categories/:year/:month/:day/:title/",ordinal:"/:categories/:year/:y_day/:title:output_ext",weekdate:"/:categories/:year/W:week/:short_day/:title:output_ext",none:"/:categories/:title:output_ext"};const d="/posts/:title/";function postUrl(e,t,n,r){const i=sitePath(e,t,n,r);if(i===undefined)return undefined;const o=e.site.baseUrl.replace(/\/+$/,"");return o===""?i:`${o.startsWith("/")?"":"/"}${o}${i}`}function sitePath(e,t,n,r){let i;if(e.engine.permalinks==="jekyll")i=jekyllUrl(e,t,n,r);else if(e.engine.permalinks==="hugo")i=hugoUrl(e,t);else i=typeof t.permalink==="string"&&t.permalink.trim()!==""?t.permalink.trim():"/"+e.file.replace(/\.[^./]+$/,"");if(i===undefined)return undefined;return("/"+i).replace(/\/{2,}/g,"/")}function permalinkAt(e,t=e.file){const n={...pickUrlSubject(e),file:t,fileName:t.split("/").pop()??t};const r=frontmatterData(n);return sitePath(n,r,postDate(n,r),{})}function pickUrlSubject(e){return{file:e.file,fileName:e.fileName,preset:e.preset,site:e.site,engine:e.engine,frontmatter:e.frontmatter}}function defaultPermalink(e,t){let n;for(const r of e.defaults){const i=r.values.permalink;if(typeof i!=="string"||i.trim()==="")continue;if(!(0,a.R)({...e,defaults:[r]},t).has("permalink"))continue;const o=r.path.replace(/^\.?\//,"").replace(/\/$/,"").length;if(!n||o>=n.length)n={length:o,value:i.trim()}}return n?.value}function jekyllUrl(e,t,n,r){const i=typeof t.permalink==="string"&&t.permalink.trim()!==""?t.permalink.trim():undefined;const o=e.site;const s=(r.permalink??o.permalink)?.trim()||undefined;const a=/(^|\/)jekyll-theme-chirpy\b/i.test(o.theme??"")?d:undefined;const l=i??defaultPermalink(e.site,e.file)??(s?f[s]??s:a??f.date);const c=e.fileName.replace(/\.[^.]+$/,"");const u=c.replace(/^\d{4}-\d{2}-\d{2}-/,"");const h=scalarText(t.slug)??u;const m=e.file.split("/");const g=m.findIndex(e=>e==="_posts"||e==="_drafts");const y=g>0?m.slice(0,g):[];const k=[...rawTerms(e,t.categories),...rawTerms(e,t.category),...y];const b=[...new Set(k.map(e=>e.toLowerCase()))];const w={title:slugify(h,"pretty"),slug:slugify(h,"default"),name:slugify(c,"default"),categories:b.join("/"),slugified_categories:b.map(e=>slugify(e,"default")).join("/"),output_ext:".html",collection:"posts",path:e.file.replace(/\.[^./]+$/,"")};if(n)Object.assign(w,dateParts(urlClock(n)));let x=false;const v=l.replace(/:([a-z_]+)/g,(e,t)=>{const n=t in w?t:t.endsWith("_")&&t.slice(0,-1)in w?t.slice(0,-1):undefined;if(n===undefined){if(p.has(t))x=true;return e}return w[n]+(n===t?"":"_")});if(x)return undefined;return v.replace(/\.\./g,"/").replace(/\.\//g,"").replace(/\/{2,}/g,"/")}const p=new Set(["year","month","i_month","day","i_day","short_year","hour","minute","second","y_day","short_month","long_month","short_day","long_day","week","w_year","w_day"]);const h=["January","February","March","April","May","June","July","August","September","October","November","December"];const m=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function dateParts(e){const t=e.getUTCFullYear();const n=e.getUTCMonth();const r=e.getUTCDate();const i=e.getUTCDay();const o=Math.floor((Date.UTC(t,n,r)-Date.UTC(t,0,1))/864e5)+1;const s=i===0?7:i;const a=new Date(Date.UTC(t,n,r+4-s));const l=a.getUTCFullYear();const c=Math.floor((a.getTime()-Date.UTC(l,0,1))/864e5/7)+1;return{year:pad(t,4),short_year:pad(t%100),month:pad(n+1),i_month:String(n+1),short_month:h[n].slice(0,3),long_month:h[n],day:pad(r),i_day:String(r),y_day:pad(o,3),short_day:m[i].slice(0,3),long_day:m[i],hour:pad(e.getUTCHours()),minute:pad(e.getUTCMinutes()),second:pad(e.getUTCSeconds()),week:pad(c),w_year:String(l),w_day:String(s)}}function slugify(e,t){const n=t==="pretty"?/[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu:/[^\p{M}\p{L}\p{Nd}]+/gu;const r=e.normalize("NFC").replace(n,"-").replace(/^-|-$/g,"");return t==="pretty"?r:r.toLowerCase()}function hugoUrl(e,t){const n=scalarText(t.url);if(n)return n;const r=e.file.split("/");const i=r.indexOf("content");const o=i===-1?r:r.slice(i+1);const s=o.pop()??"";const a=s.replace(/\.[^.]+$/,"");const l=scalarText(t.slug);if(a!=="index"&&a!=="_index")o.push(l??a);else if(a==="index"&&l&&o.length>0)o[o.length-1]=l;const c=o.map(e=>e.normalize("NFC").trim().replace(/\s+/g,"-")).join("/");return`/${c.toLowerCase()}/`.replace(/\/{2,}/g,"/")}const g=new Set(["emphasis","strong","delete","link","linkReference"]);const y=new Set(["code","html","yaml","toml","image","imageReference","definition"]);const k=/\{:[^}\n]*\}|\{%[^%]*%\}|\{\{[^}]*\}\}/g;function inlineText(e,t){if(y.has(e.type))return;if(e.type==="text")t.push(e.value.replace(k," "));else if(e.type==="inlineCode")t.push(e.value);else if(e.type==="break")t.push("\n");else if("children"in e){for(const n of e.children)inlineText(n,t);if(!g.has(e.type))t.push("\n")}}function plain(e){const t=[];inlineText(e,t);return t.join("").replace(/\s+/g," ").trim()}function bodyText(e){const t=[];inlineText(e,t);return t.join("")}const b=/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;const w=/[\uac00-\ud7a3]/gu;const x=/[\p{L}\p{N}]/u;function countText(e){const t=e.normalize("NFC");const n=(t.match(w)??[]).length+(t.replace(w,"").match(b)??[]).length;const r=t.replace(b," ").split(/\s+/).filter(e=>x.test(e)).length;const i=t.split(/\s+/).filter(e=>x.test(e)).length;const o=Array.from(t.replace(/\s+/g,"")).length;const s=Math.max(1,Math.round(n/l+r/c));return{hangul:n,latinWords:r,words:i,characters:o,minutes:s}}function outline(e){const t=[];const walk=e=>{if(e.type==="heading"){const n=plain(e);if(n!=="")t.push({depth:e.depth,text:n});return}if(y.has(e.type))return;if("children"in e)for(const t of e.children)walk(t)};walk(e);return t}function excerptOf(e,t){for(const t of["description","excerpt","summary"]){const n=scalarText(e[t]);if(n)return clip(n,u)}let n;const walk=e=>{if(n!==undefined)return;if(e.type==="paragraph"){const t=plain(e);if(t!=="")n=t;return}if(y.has(e.type)||e.type==="heading")return;if("children"in e)for(const t of e.children)walk(t)};walk(t);return n===undefined?undefined:clip(n,u)}function clip(e,t){const n=Array.from(e);if(n.length<=t)return e;let r=n.slice(0,t).join("");const i=r.search(/\s\S*$/);if(i>=r.length/2)r=r.slice(0,i);return r.replace(/[\s,;:.·…-]+$/u,"")+"…"}},5404:(e,t,n)=>{n.d(t,{Vz:()=>readPost,dg:()=>readSiteText,fS:()=>l});var r=n(3024);var i=n.n(r);var o=n(6760);var s=n.n(o);var a=n(7433);const l=1024*1024;const c=new TextDecoder("utf-8",{fatal:true,ignoreBOM:true});async function readPost(e,t=l){let n;try{const i=await r.promises.stat(e);if(!i.isFile())return{ok:false,failure:{kind:"unreadable",reason:"not a regular file"}};if(i.size>t)return{ok:false,failure:{kind:"too-large",size:i.size,limit:t}};n=await r.promises.readFile(e)}catch(e){const t=e.code??"error";return{ok:false,failure:{kind:"unreadable",reason:t}}}return decodePost(n,t)}const u=1024*1024;async function readSiteText(e,t,n={}){const i=s().resolve(e,t);let o;try{o=await r.promises.realpath(i)}catch{return{ok:false,reason:"missing"}}if(n.insideRoot!==false){const t=await r.promises.realpath(e).catch(()=>e);const n=s().relative(t,o);if(n.startsWith("..")||s().isAbsolute(n))return{ok:false,reason:"outside"}}try{const e=await r.promises.stat(o);if(!e.isFile())return{ok:false,reason:"not-a-file"};if(e.size>(n.maxBytes??u))return{ok:false,reason:"too-large"};return{ok:true,text:await r.promises.readFile(o,"utf8")}}catch{return{ok:false,reason:"missing"}}}function decodePost(e,t=l){if(e.length>t)return{ok:false,failure:{kind:"too-large",size:e.length,limit:t}};if(e.subarray(0,8e3).includes(0))return{ok:false,failure:{kind:"binary"}};try{return{ok:true,source:(0,a.gV)(c.decode(e))}}catch{return{ok:false,failure:{kind:"not-utf8",...firstInvalidUtf8(e)}}}}function firstInvalidUtf8(e){let t=1;let n=0;let r=0;while(r<e.length){const i=e[r];if(i===10){t++;n=r+1;r++;continue}const o=i<128?1:i>>5===6?2:i>>4===14?3:i>>3===30?4:0;if(o===0)break;try{c.decode(e.subarray(r,r+o))}catch{break}r+=o}return{line:t,column:r-n+1}}},7828:(e,t,n)=>{n.d(t,{B7:()=>indexRepository,ZO:()=>postCandidates,b:()=>createRepoIndex,jv:()=>matchGlobs,xD:()=>toRepoPath});var r=n(3024);var i=n.n(r);var o=n(6760);var s=n.n(o);var a=n(4006);var l=n.n(a);const c=new Set([".git","node_modules","_site",".jekyll-cache",".sass-cache","vendor",".cache",".next",".astro"]);async function indexRepository(e){const t=await r.promises.realpath(e);const n=new Set;const i=new Set;await walk(t,t,"",n,i,0,new Set([t]));return createRepoIndex(t,n,i)}function createRepoIndex(e,t,n=new Set){let r;let i;const looseKey=e=>e.normalize("NFC").toLowerCase();return{root:e,files:t,escapingLinks:n,has:e=>t.has(e)||t.has(e.normalize("NFD"))||t.has(e.normalize("NFC")),escapes(e){if(n.size===0)return false;const t=e.normalize("NFC").split("/");for(let e=1;e<=t.length;e++){const r=t.slice(0,e).join("/");if(n.has(r)||n.has(r.normalize("NFD")))return true}return false},spelling:e=>[e,e.normalize("NFC"),e.normalize("NFD")].find(e=>t.has(e)),findLoose(e){r??=new Map([...t].map(e=>[looseKey(e),e]));return r.get(looseKey(e))},byBaseName(e){if(!i){i=new Map;for(const e of t){const t=looseKey(s().posix.basename(e));i.set(t,[...i.get(t)??[],e])}}return i.get(looseKey(e))??[]}}}async function walk(e,t,n,i,o,a,l){if(a>40)return;let u;try{u=await r.promises.readdir(t,{withFileTypes:true})}catch{return}for(const f of u){const u=n?`${n}/${f.name}`:f.name;const d=s().join(t,f.name);if(f.isDirectory()){if(!c.has(f.name))await walk(e,d,u,i,o,a+1,l)}else if(f.isFile()){i.add(u)}else if(f.isSymbolicLink()){const t=await r.promises.realpath(d).catch(()=>undefined);if(t&&isInside(e,t)){const n=await r.promises.stat(t).catch(()=>undefined);if(n?.isFile())i.add(u);else if(n?.isDirectory()&&!l.has(t)&&!c.has(f.name)){l.add(t);await walk(e,d,u,i,o,a+1,l)}}else if(t){o.add(u)}}}}function isInside(e,t){const n=s().relative(e,t);return n===""||!n.startsWith("..")&&!s().isAbsolute(n)}async function toRepoPath(e,t){const n=s().resolve(e,t);if(!isInside(e,n))return undefined;const i=await r.promises.realpath(e).catch(()=>e);const o=await r.promises.realpath(n).catch(()=>s().join(i,s().relative(e,n)));if(!isInside(i,o))return undefined;return s().relative(e,n).split(s().sep).join("/")}function postCandidates(e){return[...e.files,...e.escapingLinks]}function matchGlobs(e,t,n=[]){const r=l()(t,{dot:false});const i=n.length>0?l()(n,{dot:true}):()=>false;return[...e].filter(e=>r(e)&&!i(e)).sort()}},7433:(e,t,n)=>{n.d(t,{gV:()=>createSource,t$:()=>positionAt});function createSource(e){const t=e.charCodeAt(0)===65279?1:0;const n=t?e.slice(1):e;const r=[0];for(let e=0;e<n.length;e++){if(n.charCodeAt(e)===10)r.push(e+1)}const i=n.indexOf("\n");const o=i>0&&n[i-1]==="\r"?"\r\n":"\n";return{text:n,bomLength:t,eol:o,lineStarts:r}}function positionAt(e,t){const n=e.lineStarts;let r=0;let i=n.length-1;while(r<i){const e=r+i+1>>1;if(n[e]<=t)r=e;else i=e-1}return{line:r+1,column:t-n[r]+1}}function lineText(e,t){const n=e.lineStarts[t-1];if(n===undefined)return"";const r=e.lineStarts[t];const i=r===undefined?e.text.length:r-1;const o=e.text.slice(n,i);return o.endsWith("\r")?o.slice(0,-1):o}},2225:(e,t,n)=>{n.d(t,{Kf:()=>normalizeTerm,Pr:()=>termsFromString,YD:()=>foldTerm,Z$:()=>termOptionsFrom,eG:()=>levenshtein,ft:()=>yamlScalarLike,yF:()=>yamlFlowList,zV:()=>tomlList});var r=n(8815);function termOptionsFrom(e,t,n=false){const r=e.aliases&&typeof e.aliases==="object"?e.aliases:{};const i=e.case==="lower"||e.case!=="preserve"&&n;return{case:t==="tags"&&i?"lower":"preserve",aliases:r}}function normalizeTerm(e,t){let n=e.normalize("NFC").replace(/\s+/g," ").trim();if(t.case==="lower")n=n.replace(/[A-Z]+/g,e=>e.toLowerCase());const r=Object.entries(t.aliases).find(([e])=>e.normalize("NFC").toLowerCase()===n.toLowerCase());return r?r[1].normalize("NFC"):n}function foldTerm(e){return e.normalize("NFC").toLowerCase().replace(/[\s_-]+/g,"")}function termsFromString(e,t){if(e.includes(","))return e.split(",").map(e=>e.trim()).filter(Boolean);return t?e.split(/\s+/).filter(Boolean):[e.trim()].filter(Boolean)}const i=/^[\s\-?:,[\]{}#&*!|>'"%@`]|[:,#[\]{}]|\s$|^(?:true|false|null|yes|no|on|off|~)$|^[-+]?(?:\d|\.\d)/i;function yamlFlowItem(e){return i.test(e)?JSON.stringify(e):e}function yamlScalarLike(e,t){const n=e&&(0,r.jn)(e)?e.type:undefined;if(n==="QUOTE_DOUBLE")return JSON.stringify(t);if(n==="QUOTE_SINGLE")return`'${t.replace(/'/g,"''")}'`;return yamlFlowItem(t)}function yamlFlowList(e){return`[${e.map(yamlFlowItem).join(", ")}]`}function tomlList(e){return`[${e.map(e=>JSON.stringify(e)).join(", ")}]`}function levenshtein(e,t){const n=Array.from({length:t.length+1},(e,t)=>t);for(let r=1;r<=e.length;r++){let i=n[0];n[0]=r;for(let o=1;o<=t.length;o++){const s=n[o];n[o]=Math.min(n[o]+1,n[o-1]+1,i+(e[r-1]===t[o-1]?0:1));i=s}}return n[t.length]}},7280:(e,t,n)=>{n.d(t,{Fg:()=>tagsOf,vQ:()=>buildVocabulary,wV:()=>nearDuplicate});var r=n(6760);var i=n.n(r);var o=n(8815);var s=n(6045);var a=n(5404);var l=n(2225);async function buildVocabulary(e,t,n,r,o){const s=new Map;const l=await mapConcurrently(t,c,t=>(0,a.Vz)(i().join(e,t),o));for(const[e,i]of t.entries()){const t=l[e];if(!t.ok)continue;const o=taxonomyData(t.source);if(!o)continue;for(const e of tagsOf(o,n,r)){if(!s.has(e))s.set(e,new Set);s.get(e).add(i)}}return{uses:s}}const c=16;const u=/^(tags?)[ \t]*:(?:[ \t]|\r?$)/;const f=/[&*!]|<</;function taxonomyData(e){const t=(0,s.DO)(e);if(!t.found)return undefined;const{frontmatter:n}=t;if(n.format==="yaml"&&n.errors.length===0){const t=e.text.slice(...n.contentRange);const r=taxonomyLines(t);if(r!==undefined){const e=(0,o.Tp)(r,{uniqueKeys:true,prettyErrors:false});const t=e.errors.length===0?e.toJS({maxAliasCount:0}):undefined;if(r==="")return{};if(t&&typeof t==="object"&&!Array.isArray(t))return t}}const r=(0,s.yv)(e);return r.found?r.frontmatter.data:undefined}function taxonomyLines(e){const t=e.split("\n");if(/^\s*[{[?%]/.test(e))return undefined;const n=[];const r=new Set;let i=false;for(const e of t){const t=u.exec(e);if(t){if(r.has(t[1]))return undefined;r.add(t[1]);i=true}else if(i&&!/^(?:[ \t]|-(?:[ \t]|\r?$)|#|\r?$)/.test(e)){i=false}if(i)n.push(e)}const o=n.length>0?n.join("\n")+"\n":"";return f.test(o)?undefined:o}async function mapConcurrently(e,t,n){const r=new Array(e.length);let i=0;const lane=async()=>{while(i<e.length){const t=i++;r[t]=await n(e[t])}};await Promise.all(Array.from({length:Math.min(t,e.length)},lane));return r}function tagsOf(e,t,n){const r=e.tag!==undefined&&e.tag!==null;const i=r?e.tag:e.tags;const o=typeof i==="string"?(0,l.Pr)(i,n&&!r):Array.isArray(i)?i.filter(e=>typeof e==="string"||typeof e==="number").map(String):[];return[...new Set(o.map(e=>(0,l.Kf)(e,t)).filter(Boolean))]}function nearDuplicate(e,t,n){const usedElsewhere=t=>{const r=e.uses.get(t);return r?r.size-(r.has(n)?1:0):0};if(usedElsewhere(t)>0)return undefined;const r=e.uses.get(t)?.size??1;const i=(0,l.YD)(t);let o;const s=foldedTags(e);const a=[i.length-1,i.length,i.length+1].flatMap(e=>s.get(e)??[]);for(const[e,n]of a){if(e===t)continue;let s;if(n===i)s=0;else if(n===i+"s"||i===n+"s")s=1;else if(Math.min(n.length,i.length)>=6&&Math.abs(n.length-i.length)===1&&n.replace(/\d/g,"")!==i.replace(/\d/g,"")&&(0,l.eG)(n,i)<=1)s=1;else continue;const a=usedElsewhere(e);if(a===0||a<r||a===r&&e>t)continue;if(!o||s<o.distance||s===o.distance&&(a>o.posts||a===o.posts&&e<o.tag))o={tag:e,posts:a,distance:s}}return o?{tag:o.tag,posts:o.posts}:undefined}const d=new WeakMap;function foldedTags(e){let t=d.get(e);if(!t){t=new Map;for(const n of e.uses.keys()){const e=(0,l.YD)(n);const r=t.get(e.length)??[];r.push([n,e]);t.set(e.length,r)}d.set(e,t)}return t}},7262:(e,t,n)=>{n.d(t,{PZ:()=>readAstroCollections,b_:()=>astroImageCandidates,oK:()=>readTsconfigPaths,v9:()=>validateAgainstSchema});var r=n(6760);var i=n.n(r);const o=1e6;const s=5e4;const a=32;const l=2e6;const c={k:"tmpl",v:"",dyn:true};const u={k:"p",v:"{",dyn:false};const f={k:"p",v:"}",dyn:false};const d=new Set(["return","typeof","case","in","of","new","delete","void","throw","instanceof","yield","await","else","do"]);const p=["===","!==","...","=>","?.","==","!=",">=","<=","&&","||","??"];const h=new Set(p.map(e=>e[0]));function isIdStart(e){return e>=65&&e<=90||e>=97&&e<=122||e===95||e===36||e>127}function isIdPart(e){return isIdStart(e)||e>=48&&e<=57}function cook(e){if(!e.includes("\\"))return e;let t="";for(let n=0;n<e.length;n++){const r=e[n];if(r!=="\\"||n+1>=e.length){t+=r;continue}const i=e[++n];if(i==="n")t+="\n";else if(i==="t")t+="\t";else if(i==="r")t+="\r";else if(i==="u"&&/^[0-9a-fA-F]{4}$/.test(e.slice(n+1,n+5))){t+=String.fromCharCode(parseInt(e.slice(n+1,n+5),16));n+=4}else if(i==="\n"){}else t+=i}return t}function tokenize(e){const t=[];const n=e.length;const r=[];let i=-1;let o=false;let a;let l=-1;let m=0;const emit=e=>{a=e;if(r.length===0&&t.push(e)>s)throw new BudgetExceeded};const templateBody=t=>{while(t<n){const n=e.charCodeAt(t);if(n===92)t+=2;else if(n===96)return{end:t+1,how:"close"};else if(n===36&&e.charCodeAt(t+1)===123)return{end:t+2,how:"subst"};else t++}return{end:n,how:"eof"}};const afterTemplateChunk=(t,n)=>{if(n.how==="subst"){if(r.length===0)o=true;r.push(0)}else if(r.length===0){const r=n.how==="close"?n.end-1:n.end;emit({k:"tmpl",v:o?"":cook(e.slice(t,r)),dyn:o})}else{a=c}return n.end};while(m<n){const t=e.charCodeAt(m);if(t===32||t===9||t===10||t===13||t===65279||t===160){m++;continue}if(t===47){const t=e.charCodeAt(m+1);if(t===47){const t=e.indexOf("\n",m);m=t===-1?n:t+1;continue}if(t===42){const t=e.indexOf("*/",m+2);m=t===-1?n:t+2;continue}const r=m>=l&&(!a||a.k==="p"&&a.v!==")"&&a.v!=="]"&&a.v!=="}"||a.k==="id"&&d.has(a.v));if(r){let t=m+1;let r=false;let i=false;while(t<n){const n=e.charCodeAt(t);if(n===10||n===13)break;if(n===92){t+=2;continue}if(n===91)r=true;else if(n===93)r=false;else if(n===47&&!r){i=true;break}t++}if(i){t++;while(t<n&&isIdPart(e.charCodeAt(t)))t++;emit({k:"regex",v:e.slice(m,t),dyn:false});m=t;continue}l=Math.min(t,n)}emit({k:"p",v:"/",dyn:false});m++;continue}if(t===39||t===34){let i=m+1;while(i<n){const n=e.charCodeAt(i);if(n===92)i+=2;else if(n===t||n===10)break;else i++}const o=Math.min(i,n);emit({k:"str",v:r.length===0?cook(e.slice(m+1,o)):"",dyn:false});m=o+1;continue}if(t===96){if(r.length===0){i=m+1;o=false}m=afterTemplateChunk(i,templateBody(m+1));continue}if(r.length>0&&(t===123||t===125)){const e=r.length-1;if(t===123){r[e]++;a=u;m++;continue}if(r[e]>0){r[e]--;a=f;m++;continue}r.pop();m=afterTemplateChunk(i,templateBody(m+1));continue}if(t>=48&&t<=57){let t=m+1;while(t<n&&(isIdPart(e.charCodeAt(t))||e.charCodeAt(t)===46))t++;emit({k:"num",v:e.slice(m,t),dyn:false});m=t;continue}if(isIdStart(t)){let t=m+1;while(t<n&&isIdPart(e.charCodeAt(t)))t++;emit({k:"id",v:e.slice(m,t),dyn:false});m=t;continue}let s=e[m];if(h.has(s)){for(const t of p){if(e.startsWith(t,m)){s=t;break}}}emit({k:"p",v:s,dyn:false});m+=s.length}return t}const m={"(":")","[":"]","{":"}"};class Source{toks;match;steps=0;constructor(e){this.toks=e;this.match=new Int32Array(e.length).fill(-1);const t=[];for(let n=0;n<e.length;n++){const r=e[n];if(r.k!=="p")continue;const i=r.v;if(i==="("||i==="["||i==="{")t.push(n);else if(i===")"||i==="]"||i==="}"){const r=t[t.length-1];if(r!==undefined&&m[e[r].v]===i){t.pop();this.match[r]=n;this.match[n]=r}}}}tick(){if(++this.steps>l)throw new BudgetExceeded}is(e,t){const n=this.toks[e];return n!==undefined&&n.k==="p"&&n.v===t}isId(e,t){const n=this.toks[e];return n!==undefined&&n.k==="id"&&(t===undefined||n.v===t)}skip(e){const t=this.toks[e];if(t&&t.k==="p"&&m[t.v]){const t=this.match[e];return t===-1?this.toks.length:t+1}return e+1}close(e){return this.match[e]??-1}split(e,t){const n=[];let r=e;let i=e;while(i<t){this.tick();if(this.is(i,",")){if(i>r)n.push([r,i]);r=i+1;i++}else i=this.skip(i)}if(t>r)n.push([r,t]);return n}}class BudgetExceeded extends Error{constructor(){super("the config is too large or too deeply nested to read")}}const g=new Set(["const","let","var","export","import","function","class","interface","type","enum","declare"]);function readDeclarations(e){const t=new Map;const n=new Map;const r=new Set;const{toks:i}=e;let o=0;while(o<i.length){e.tick();if(e.isId(o,"import"))o=readImport(e,o,n,r);else if(e.isId(o,"const")||e.isId(o,"let")||e.isId(o,"var"))o=readDeclaration(e,o+1,t);else o=e.skip(o)}if(r.size===0)r.add("z");return{values:t,imports:n,zod:r}}function readImport(e,t,n,r){const{toks:i}=e;let o=t+1;const s=[];let a;let l;if(e.isId(o,"type"))o++;while(o<i.length&&!(i[o].k==="id"&&i[o].v==="from")&&i[o].k!=="str"){e.tick();if(e.is(o,"{")){const t=e.close(o);if(t===-1)return o+1;for(const[n,r]of e.split(o+1,t)){let t=n;if(e.isId(t,"type")&&r-n>1)t++;const o=i[t];if(!o||o.k!=="id"&&o.k!=="str")continue;const a=e.isId(t+1,"as")&&i[t+2]?.k==="id"?i[t+2].v:o.v;s.push([a,o.v])}o=t+1}else if(e.is(o,"*")&&e.isId(o+1,"as")&&i[o+2]?.k==="id"){a=i[o+2].v;o+=3}else if(i[o].k==="id"&&l===undefined&&!e.is(o+1,"=")){l=i[o].v;o++}else if(e.is(o,","))o++;else return o}if(e.isId(o,"from"))o++;const c=i[o]?.k==="str"?i[o].v:"";const u=c==="zod"||c.startsWith("zod/")||c==="astro/zod"||c==="astro:schema";for(const[e,t]of s){n.set(e,t);if(t==="z"||u&&t==="default")r.add(e)}if(a&&u)r.add(a);if(l&&u)r.add(l);return o+1}function readDeclaration(e,t,n){const{toks:r}=e;const i=r[t];if(!i||i.k!=="id")return t;let o=t+1;while(o<r.length&&!e.is(o,"=")&&!e.is(o,";")){e.tick();if(e.is(o,"<")){o++;continue}if(r[o].k==="id"&&g.has(r[o].v)&&o>t+1&&!e.is(o-1,":")&&!e.is(o-1,"."))return o;o=e.skip(o)}if(!e.is(o,"="))return o;const s=o+1;let a=s;while(a<r.length){e.tick();const t=r[a];if(t.k==="p"&&(t.v===";"||t.v===","))break;if(t.k==="id"&&g.has(t.v)&&a>s&&!e.is(a-1,".")&&!e.is(a-1,":")&&!e.is(a+1,":"))break;if(t.k==="p"&&(t.v===")"||t.v==="]"||t.v==="}"))break;a=e.skip(a)}if(!n.has(i.v))n.set(i.v,[s,a]);return a}const y={head:{t:"other"},links:[]};function parseChain(e,t,n){const{toks:r}=e;for(let r=t;r<n;r=e.skip(r)){e.tick();if(r>t&&(e.isId(r,"as")||e.isId(r,"satisfies"))&&!e.is(r-1,".")&&!e.is(r-1,"?.")){n=r;break}}if(t>=n)return y;const i=r[t];let o;let s;if(i.k==="str"||i.k==="tmpl"&&!i.dyn){o={t:"str",value:i.v};s=t+1}else if(i.k==="num"){o={t:"num",value:i.v};s=t+1}else if(i.k==="p"&&(i.v==="{"||i.v==="[")){const r=e.close(t);if(r===-1||r>=n)return y;o=i.v==="{"?{t:"obj",s:t+1,e:r}:{t:"arr",s:t+1,e:r};s=r+1}else if(i.k==="p"&&i.v==="("){const r=e.close(t);if(r===-1||r>=n)return y;if(e.is(r+1,"=>"))return arrow(e,[t+1,r],r+2,n);o={t:"paren",s:t+1,e:r};s=r+1}else if(i.k==="id"&&i.v==="async"){return parseChain(e,t+1,n)}else if(i.k==="id"&&e.is(t+1,"=>")){return arrow(e,[t,t+1],t+2,n)}else if(i.k==="id"&&i.v==="function"){let n=t+1;if(e.isId(n))n++;const r=e.close(n);if(!e.is(n,"(")||r===-1||!e.is(r+1,"{"))return y;const i=e.close(r+1);if(i===-1)return y;return{head:{t:"arrow",params:[n+1,r],body:[r+2,i],block:true},links:[]}}else if(i.k==="id"&&i.v==="new"){const n=r[t+1];const i=e.close(t+2);if(!n||n.k!=="id"||!e.is(t+2,"(")||i===-1)return y;return{head:{t:"new",name:n.v,args:[t+3,i]},links:[]}}else if(i.k==="id"){o={t:"id",name:i.v};s=t+1}else return y;const a=[];while(s<n){e.tick();if((e.is(s,".")||e.is(s,"?."))&&r[s+1]?.k==="id"){a.push({t:"member",name:r[s+1].v});s+=2}else if(e.is(s,"(")){const t=e.close(s);if(t===-1||t>=n)return y;a.push({t:"call",s:s+1,e:t});s=t+1}else if(e.is(s,"!")){s++}else return y}return{head:o,links:a}}function arrow(e,t,n,r){if(e.is(n,"{")){const r=e.close(n);if(r===-1)return y;return{head:{t:"arrow",params:t,body:[n+1,r],block:true},links:[]}}return{head:{t:"arrow",params:t,body:[n,r],block:false},links:[]}}function returnedExpression(e,t,n){for(let r=t;r<n;r=e.skip(r)){e.tick();if(e.isId(r,"return")){let t=r+1;while(t<n&&!e.is(t,";"))t=e.skip(t);return[r+1,t]}}return undefined}function objectEntries(e,t,n){const r=[];const{toks:i}=e;for(const[o,s]of e.split(t,n)){const t=i[o];if(t.k==="p"&&t.v==="...")r.push({opaque:true,value:[o+1,s]});else if((t.k==="id"||t.k==="str"||t.k==="num")&&e.is(o+1,":"))r.push({key:t.v,value:[o+2,s]});else if(t.k==="id"&&s===o+1)r.push({key:t.v,value:[o,s]});else if(t.k==="p"&&t.v==="[")r.push({opaque:true,value:[o,s]});else if(t.k==="id"&&e.is(o+1,"("))continue;else r.push({opaque:true,value:[o,s]})}return r}function setField(e,t,n){Object.defineProperty(e,t,{value:n,enumerable:true,writable:true,configurable:true})}const k={imageNames:new Set};function field(e){return{kind:e,optional:false,nullable:false,coerce:false}}const UNKNOWN_FIELD=()=>field("unknown");class Reader{src;decls;names;active=new Set;stringListCache=new Map;constructor(e,t){this.src=e;this.decls=t;const localsOf=e=>{const n=new Set;for(const[r,i]of t.imports)if(i===e)n.add(r);if(![...t.imports.keys()].includes(e))n.add(e);return n};this.names={defineCollection:localsOf("defineCollection"),reference:localsOf("reference"),glob:localsOf("glob"),file:localsOf("file")}}withDeclaration(e,t,n,r){const i=this.decls.values.get(e);if(!i||this.active.has(e)||t>a)return n;this.active.add(e);try{return r(i)}finally{this.active.delete(e)}}chainOf(e){return parseChain(this.src,e[0],e[1])}stringValue(e,t=0){const n=this.chainOf(e);if(n.links.length>0)return undefined;if(n.head.t==="str")return n.head.value;if(n.head.t==="id")return this.withDeclaration(n.head.name,t+1,undefined,e=>this.stringValue(e,t+1));return undefined}stringList(e,t=0){const n=this.chainOf(e);if(n.links.length>0)return undefined;const{head:r}=n;if(r.t==="arr"||r.t==="obj"){const e=[];if(r.t==="arr"){for(const n of this.src.split(r.s,r.e)){const r=this.stringValue(n,t+1);if(r===undefined)return undefined;e.push(r)}}else{for(const n of objectEntries(this.src,r.s,r.e)){const r=n.opaque?undefined:this.stringValue(n.value,t+1);if(r===undefined)return undefined;e.push(r)}}return e}if(r.t==="id"){const e=r.name;if(this.stringListCache.has(e))return this.stringListCache.get(e);const n=this.withDeclaration(e,t+1,undefined,e=>this.stringList(e,t+1));this.stringListCache.set(e,n);return n}return undefined}schema(e,t,n,r){if(n>a)return{field:UNKNOWN_FIELD()};return this.schemaOfChain(this.chainOf(e),t,n,r)}schemaOfChain(e,t,n,r){const{head:i,links:o}=e;const{zod:s}=this.decls;let a;let l=0;const call=e=>{const t=o[e];return t&&t.t==="call"?t:undefined};if(i.t==="id"&&s.has(i.name)){let e=0;let i=false;if(o[0]?.t==="member"&&o[0].name==="coerce"){i=true;e=1}const s=o[e];const c=call(e+1);if(s?.t==="member"&&c){a=this.constructor_(s.name,c,t,n,r);if(i)a.field.coerce=true;l=e+2}else if(s?.t==="member"&&s.name==="iso"&&o[e+1]?.t==="member"&&call(e+2)){a={field:field("string")};l=e+3}else return{field:UNKNOWN_FIELD()}}else if(i.t==="id"&&t.imageNames.has(i.name)&&call(0)){a={field:field("image")};l=1}else if(i.t==="id"&&t.contextName===i.name&&o[0]?.t==="member"&&o[0].name==="image"&&call(1)){a={field:field("image")};l=2}else if(i.t==="id"&&this.names.reference.has(i.name)&&call(0)){const e=call(0);const t=field("reference");const n=this.src.split(e.s,e.e)[0];const r=n?this.stringValue(n):undefined;if(r!==undefined)t.referenceTo=r;a={field:t};l=1}else if(i.t==="id"){const e=this.withDeclaration(i.name,n+1,undefined,e=>this.schema(e,k,n+1,r));if(!e)return{field:UNKNOWN_FIELD()};a={...e,field:{...e.field}};if(a.object)a.object=cloneObject(a.object)}else if(i.t==="paren"){a=this.schema([i.s,i.e],t,n+1,r)}else return{field:UNKNOWN_FIELD()};return this.modifiers(a,o,l,t,n)}constructor_(e,t,n,r,i){const o=this.src.split(t.s,t.e);const argSchema=e=>{const t=o[e];return t?this.schema(t,n,r+1,false).field:UNKNOWN_FIELD()};switch(e){case"string":case"email":case"url":case"uuid":case"cuid":case"cuid2":case"ulid":case"emoji":case"nanoid":case"ipv4":case"ipv6":case"base64":return{field:field("string")};case"number":case"int":case"float":case"bigint":return{field:field("number")};case"boolean":return{field:field("boolean")};case"date":return{field:field("date")};case"enum":{const e=field("enum");const t=o[0]?this.stringList(o[0]):undefined;if(t)e.enumValues=t;return{field:e}}case"literal":{const e=o[0]?this.stringValue(o[0]):undefined;if(e===undefined)return{field:UNKNOWN_FIELD()};const t=field("enum");t.enumValues=[e];return{field:t}}case"array":case"set":{if(e==="set")return{field:UNKNOWN_FIELD()};const t=field("array");const n=argSchema(0);t.items=n.kind;t.itemSchema=n;return{field:t}}case"tuple":{const e=field("array");return{field:e}}case"object":case"strictObject":case"looseObject":{const t=e==="strictObject"?"strict":e==="looseObject"?"passthrough":"strip";const s=field("object");s.unknownKeys=t;if(!i)return{field:s};const a=o[0]?this.objectShape(o[0],n,r+1):undefined;if(!a)return{field:s};a.unknownKeys=t;return{object:a,field:s}}case"record":return{field:field("object")};case"union":case"discriminatedUnion":{const t=o[e==="union"?0:1];const i=t?this.chainOf(t):y;if(i.head.t!=="arr"||i.links.length>0)return{field:UNKNOWN_FIELD()};const s=UNKNOWN_FIELD();s.anyOf=this.src.split(i.head.s,i.head.e).map(e=>this.schema(e,n,r+1,false).field);return{field:s}}case"optional":{const e={...argSchema(0),optional:true};return{field:e}}case"nullable":{const e={...argSchema(0),nullable:true};return{field:e}}case"preprocess":{return{field:UNKNOWN_FIELD()}}default:return{field:UNKNOWN_FIELD()}}}objectShape(e,t,n){const r=this.chainOf(e);if(r.head.t==="id"&&r.links.length===0){return this.withDeclaration(r.head.name,n+1,undefined,e=>this.objectShape(e,k,n+1))}if(r.head.t!=="obj"||r.links.length>0)return undefined;const i={};let o=true;for(const e of objectEntries(this.src,r.head.s,r.head.e)){this.src.tick();if(e.opaque||e.key===undefined){o=false;continue}setField(i,e.key,this.schema(e.value,t,n+1,false).field)}return{fields:i,unknownKeys:"strip",complete:o}}modifiers(e,t,n,r,i){let{field:o,object:s}=e;let a=n;while(a<t.length){this.src.tick();const e=t[a];const n=t[a+1];if(e?.t!=="member")return{field:UNKNOWN_FIELD()};if(n?.t!=="call"){return{field:UNKNOWN_FIELD()}}a+=2;const l=this.src.split(n.s,n.e);switch(e.name){case"optional":o={...o,optional:true};break;case"nullable":o={...o,nullable:true};break;case"nullish":o={...o,optional:true,nullable:true};break;case"default":case"prefault":o={...o,optional:true,hasDefault:true};break;case"catch":o={...o,optional:true,catches:true};break;case"array":{const e=field("array");e.items=o.kind;e.itemSchema=o;o=e;s=undefined;break}case"or":{const e=l[0]?this.schema(l[0],r,i+1,false).field:UNKNOWN_FIELD();const t=UNKNOWN_FIELD();t.anyOf=[...o.anyOf&&o.kind==="unknown"&&!o.optional&&!o.nullable?o.anyOf:[o],e];o=t;s=undefined;break}case"and":o=UNKNOWN_FIELD();s=undefined;break;case"strict":if(s)s={...s,unknownKeys:"strict"};if(o.kind==="object")o={...o,unknownKeys:"strict"};break;case"passthrough":case"loose":if(s)s={...s,unknownKeys:"passthrough"};if(o.kind==="object")o={...o,unknownKeys:"passthrough"};break;case"strip":if(s)s={...s,unknownKeys:"strip"};if(o.kind==="object")o={...o,unknownKeys:"strip"};break;case"catchall":if(s)s={...s,unknownKeys:"passthrough"};if(o.kind==="object")o={...o,unknownKeys:"passthrough"};break;case"partial":case"deepPartial":if(s)s=mapFields(s,e=>({...e,optional:true}));break;case"required":if(s)s=mapFields(s,e=>({...e,optional:false,hasDefault:false}));break;case"extend":case"merge":case"safeExtend":{if(!s)break;const t=e.name==="merge"?l[0]?this.schema(l[0],r,i+1,true).object:undefined:l[0]?this.objectShape(l[0],r,i+1):undefined;if(!t){s={...s,complete:false};break}const n={...s.fields};for(const[e,r]of Object.entries(t.fields))setField(n,e,r);s={fields:n,unknownKeys:e.name==="merge"?t.unknownKeys:s.unknownKeys,complete:s.complete&&t.complete};break}case"pick":case"omit":{if(!s)break;const t=l[0]?this.objectKeys(l[0]):undefined;if(!t){s={...s,complete:false};break}const n={};for(const[r,i]of Object.entries(s.fields)){if(t.has(r)===(e.name==="pick"))setField(n,r,i)}s={...s,fields:n};break}case"pipe":case"transform":case"refine":case"superRefine":case"check":case"describe":case"meta":case"brand":case"readonly":break;default:break}}return s?{object:s,field:o}:{field:o}}objectKeys(e){const t=this.chainOf(e);if(t.head.t!=="obj"||t.links.length>0)return undefined;const n=new Set;for(const e of objectEntries(this.src,t.head.s,t.head.e)){if(e.opaque||e.key===undefined)return undefined;n.add(e.key)}return n}collectionSchema(e,t){const n=this.chainOf(e);if(n.head.t==="arrow"&&n.links.length===0){const e=this.schemaFunctionScope(n.head.params);const r=n.head.block?returnedExpression(this.src,n.head.body[0],n.head.body[1]):n.head.body;if(!r)return undefined;return this.schema(r,e,t+1,true).object}if(n.head.t==="id"&&n.links.length===0&&!this.decls.zod.has(n.head.name)){return this.withDeclaration(n.head.name,t+1,undefined,e=>this.collectionSchema(e,t+1))}return this.schema(e,k,t+1,true).object}schemaFunctionScope(e){const{toks:t}=this.src;const n={imageNames:new Set};const[r,i]=e;if(this.src.is(r,"{")){const e=this.src.close(r);if(e===-1)return n;for(const i of objectEntries(this.src,r+1,e)){if(i.key!=="image")continue;const e=t[i.value[0]];if(e?.k==="id")n.imageNames.add(e.v)}}else if(t[r]?.k==="id"&&i>r){n.contextName=t[r].v}return n}}function cloneObject(e){return mapFields(e,e=>e)}function mapFields(e,t){const n={};for(const[r,i]of Object.entries(e.fields))setField(n,r,t(i));return{...e,fields:n}}function readAstroCollections(e,t={}){const n={collections:[],unparsed:[]};if(e.length>o){n.unparsed.push({name:"*",reason:`the config is over ${o} characters`});return n}try{const r=new Source(tokenize(e));const i=readDeclarations(r);const o=new Reader(r,i);const s=i.values.get("collections");if(!s){n.unparsed.push({name:"*",reason:"no `collections` is declared (`export const collections = { … }`)"});return n}const a=o.chainOf(s);let l;if(a.head.t==="obj"&&a.links.length===0)l=[a.head.s,a.head.e];if(!l){n.unparsed.push({name:"*",reason:"`collections` is not an object literal"});return n}for(const e of objectEntries(r,l[0],l[1])){if(e.opaque||e.key===undefined){n.unparsed.push({name:"*",reason:"a spread or computed key in `collections`: some collections may be missing"});continue}try{const r=readCollection(o,e.key,e.value,t);if("reason"in r)n.unparsed.push({name:e.key,reason:r.reason});else{n.collections.push(r.collection);if(r.note)n.unparsed.push({name:e.key,reason:r.note})}}catch(t){if(!(t instanceof BudgetExceeded))throw t;n.unparsed.push({name:e.key,reason:t.message});break}}}catch(e){n.unparsed.push({name:"*",reason:e instanceof BudgetExceeded?e.message:`could not read the config: ${String(e)}`})}return n}function readCollection(e,t,n,r){const i=collectionConfig(e,n,0);if(!i)return{reason:"not a `defineCollection({ … })` this reader can follow"};const{src:o}=e;const s=r.projectDir??"";const a={name:t,loader:"legacy",base:joinPath(s,"src/content",t),schemaStatus:"none"};let l;for(const t of objectEntries(o,i[0],i[1])){if(t.opaque){l="a spread in the collection config was not followed";continue}if(t.key==="type"){const n=e.stringValue(t.value);if(n!==undefined)a.type=n}else if(t.key==="loader"){const n=readLoader(e,t.value,r);a.loader=n.kind;if(n.kind==="custom"){a.base=s;l="a custom loader: where its entries live is not known"}else{a.base=n.base??s;if(n.pattern)a.pattern=n.pattern;if(n.file)a.file=n.file;if(n.note)l=n.note}}else if(t.key==="schema"){const n=e.collectionSchema(t.value,0);if(n){a.schema=n;a.schemaStatus="ok"}else{a.schemaStatus="unknown";l="the schema is not a `z.object({ … })` this reader can follow"}}}return l?{collection:a,note:l}:{collection:a}}function collectionConfig(e,t,n){if(n>a)return undefined;const r=e.chainOf(t);const{head:i,links:o}=r;if(i.t==="obj"&&o.length===0)return[i.s,i.e];if(i.t==="id"&&o.length===1&&o[0].t==="call"&&e.names.defineCollection.has(i.name)){const t=e.src.split(o[0].s,o[0].e)[0];return t?collectionConfig(e,t,n+1):undefined}if(i.t==="id"&&o.length===0){const r=e.decls.values.get(i.name);return r&&r!==t?collectionConfig(e,r,n+1):undefined}return undefined}function readLoader(e,t,n){const{src:r}=e;const o=e.chainOf(t);const{head:s,links:a}=o;if(s.t!=="id"||a.length!==1||a[0].t!=="call")return{kind:"custom"};const l=r.split(a[0].s,a[0].e);const c=n.projectDir??"";if(e.names.file.has(s.name)){const t=l[0]?e.stringValue(l[0]):undefined;if(t===undefined)return{kind:"file",note:"the file loader’s path is not a literal"};const n=joinPath(c,t);return{kind:"file",file:n,base:i().posix.dirname(n)}}if(!e.names.glob.has(s.name))return{kind:"custom"};const u=l[0]?e.chainOf(l[0]):y;if(u.head.t!=="obj")return{kind:"glob",base:c,note:"the glob loader’s options are not an object literal"};const f={kind:"glob",base:c};for(const t of objectEntries(r,u.head.s,u.head.e)){if(t.key==="pattern"){const n=e.stringValue(t.value);const r=n!==undefined?[n]:e.stringList(t.value);if(r)f.pattern=r;else f.note="the glob pattern is not a literal"}else if(t.key==="base"){const r=loaderBase(e,t.value,n);if(r!==undefined)f.base=r;else f.note="the glob base is not a literal"}}return f}function loaderBase(e,t,n){const r=n.projectDir??"";const o=e.stringValue(t);if(o!==undefined)return joinPath(r,o);const s=e.chainOf(t);if(s.head.t==="new"&&s.head.name==="URL"){const[t,o]=e.src.split(s.head.args[0],s.head.args[1]);const a=t?e.stringValue(t):undefined;if(a===undefined||!o)return undefined;const l=e.chainOf(o);if(l.head.t==="id"&&l.head.name==="import"&&l.links.map(e=>e.t==="member"?e.name:"()").join(".")==="meta.url"){const e=i().posix.dirname(n.configFile??"src/content.config.ts");return joinPath(r,e,a)}}return undefined}function joinPath(...e){const t=i().posix.normalize(i().posix.join(...e.filter(e=>e!=="")));let n=t.length;while(n>0&&t.charCodeAt(n-1)===47)n--;const r=t.slice(0,n);return r==="."||r===""?"":r}const b=/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;const w=/^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?$/;const x=/^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?$/;function yamlTimestamp(e){if(e.length>64)return undefined;const t=b.exec(e);if(t)return new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3])));const n=w.exec(e);if(!n)return undefined;const r=n[7]?Number(n[7].slice(0,3).padEnd(3,"0")):0;let i=Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3]),Number(n[4]),Number(n[5]),Number(n[6]),r);if(n[9]){const e=(Number(n[10])*60+Number(n[11]??0))*6e4;i-=n[9]==="-"?-e:e}return new Date(i)}function astroValue(e,t,n){if(typeof e!=="string"||t)return e;if(n==="toml"){if(e.length>64||!x.test(e))return e;const t=new Date(e);return Number.isNaN(t.getTime())?e:t}return yamlTimestamp(e)??e}function typeName(e){if(e===undefined)return"undefined";if(e===null)return"null";if(e instanceof Date)return Number.isNaN(e.getTime())?"invalid date":"date";if(Array.isArray(e))return"array";if(typeof e==="number"&&Number.isNaN(e))return"nan";return typeof e}function describe(e){if(e.anyOf)return e.anyOf.map(describe).join(" | ");if(e.kind==="enum"&&e.enumValues)return e.enumValues.map(e=>JSON.stringify(e)).join(" | ");if(e.kind==="array"&&e.items&&e.items!=="unknown")return`${e.items}[]`;if(e.kind==="reference")return e.referenceTo?`reference to ${e.referenceTo}`:"reference";if(e.kind==="image")return"image path";return e.kind}function coerces(e,t){try{if(e.kind==="string"||e.kind==="boolean")return true;if(e.kind==="number")return!Number.isNaN(Number(t));if(e.kind==="date")return!Number.isNaN(new Date(t).getTime())}catch{return false}return false}function check(e,t,n=0){if(e.catches)return null;if(t===undefined&&e.optional)return null;if(t===null&&e.nullable)return null;if(e.anyOf){if(e.anyOf.some(e=>check(e,t,n+1)===null))return null;return t===undefined?{kind:"missing",expected:describe(e),got:"undefined"}:{kind:"type",expected:describe(e),got:typeName(t)}}if(e.kind==="unknown")return null;if(e.coerce&&(e.kind==="string"||e.kind==="number"||e.kind==="boolean"||e.kind==="date")){return coerces(e,t)?null:t===undefined?{kind:"missing",expected:describe(e),got:"undefined"}:{kind:"type",expected:describe(e),got:typeName(t)}}if(t===undefined)return{kind:"missing",expected:describe(e),got:"undefined"};const type=n=>n?null:{kind:"type",expected:describe(e),got:typeName(t)};switch(e.kind){case"string":case"image":return type(typeof t==="string");case"number":return type(typeof t==="number"&&!Number.isNaN(t));case"boolean":return type(typeof t==="boolean");case"date":return type(t instanceof Date&&!Number.isNaN(t.getTime()));case"enum":if(typeof t!=="string")return type(false);if(e.enumValues&&!e.enumValues.includes(t))return{kind:"enum",expected:describe(e),got:t};return null;case"reference":if(typeof t==="string")return null;return type(!!t&&typeof t==="object"&&!Array.isArray(t)&&typeof t.collection==="string"&&(typeof t.id==="string"||typeof t.slug==="string"));case"object":return type(!!t&&typeof t==="object"&&!Array.isArray(t)&&!(t instanceof Date));case"array":{if(!Array.isArray(t))return type(false);if(!e.itemSchema||n>4)return null;for(let r=0;r<t.length&&r<1e3;r++){const i=check(e.itemSchema,t[r],n+1);if(i)return{...i,key:`[${r}]${i.key??""}`}}return null}default:return null}}function validateAgainstSchema(e,t,n={}){const r=[];const i=new Set(n.quotedKeys??[]);const o=n.format??"yaml";const has=t=>Object.prototype.hasOwnProperty.call(e,t);for(const[n,s]of Object.entries(t.fields)){const t=has(n)?e[n]:undefined;const a=Array.isArray(t)?t.map(e=>astroValue(e,o==="toml",o)):astroValue(t,i.has(n),o);const l=check(s,a);if(l)r.push({key:n+(l.key??""),kind:l.kind,expected:l.expected,got:l.got})}if(t.unknownKeys==="strict"&&t.complete){for(const i of Object.keys(e)){if(Object.prototype.hasOwnProperty.call(t.fields,i))continue;if(n.legacyContent&&i==="slug")continue;r.push({key:i,kind:"unknown-key",expected:"no such key (the schema is strict)",got:typeName(e[i])})}}return r}function stripJsonComments(e){const t=[];const n=e.length;let r=-1;let i=0;let o=0;const flush=n=>{if(n>i)t.push(e.slice(i,n))};while(o<n){const s=e.charCodeAt(o);if(s===34){let t=o+1;while(t<n){const n=e.charCodeAt(t);if(n===92)t+=2;else if(n===34||n===10)break;else t++}r=-1;o=t+1}else if(s===47&&(e.charCodeAt(o+1)===47||e.charCodeAt(o+1)===42)){flush(o);if(e.charCodeAt(o+1)===47){const t=e.indexOf("\n",o);o=t===-1?n:t}else{const r=e.indexOf("*/",o+2);o=r===-1?n:r+2;t.push(" ")}i=o}else if(s===44){flush(o);t.push(",");r=t.length-1;i=++o}else if(s===125||s===93){if(r!==-1)t[r]="";r=-1;o++}else{if(s!==32&&s!==9&&s!==10&&s!==13)r=-1;o++}}flush(n);return t.join("")}function readTsconfigPaths(e,t={}){if(e.length>o)return{aliases:[],error:"the tsconfig is too large"};let n;try{n=JSON.parse(stripJsonComments(e.replace(/^\uFEFF/,"")))}catch(e){return{aliases:[],error:`not JSON: ${e.message}`}}const r={aliases:[]};if(!n||typeof n!=="object")return r;const i=n;if(typeof i.extends==="string"||Array.isArray(i.extends))r.extends=i.extends;const s=i.compilerOptions;if(!s||typeof s!=="object")return r;const{baseUrl:a,paths:l}=s;if(typeof a==="string")r.baseUrl=a;const c=!!l&&typeof l==="object"&&!Array.isArray(l);const u=typeof a==="string"?a:c?".":undefined;if(u===undefined)return r;const f=joinPath(t.dir??"",u);if(c){for(const[e,t]of Object.entries(l)){if(!Array.isArray(t))continue;const n=e.indexOf("*");const i=n!==-1;const o=[];for(const e of t){if(typeof e!=="string")continue;const t=e.indexOf("*");if(i&&t!==-1&&t===e.length-1){const t=joinPath(f,e.slice(0,-1));o.push(t===""?"":t+"/")}else o.push(joinPath(f,e)+(e.endsWith("/")?"/":""))}r.aliases.push({pattern:e,prefix:i?e.slice(0,n):e,suffix:i?e.slice(n+1):"",wildcard:i,targets:o})}}if(typeof a==="string"){r.aliases.push({pattern:"*",prefix:"",suffix:"",wildcard:true,targets:[f===""?"":f+"/"],fromBaseUrl:true})}return r}function resolveAlias(e,t){const n=[];for(const r of t){let t;if(r.fromBaseUrl){if(/^\.*\//.test(e)||/^\.*$/.test(e)||/^\w:/.test(e))continue;t=e}else if(r.wildcard){if(e.length<r.prefix.length+r.suffix.length+1||!e.startsWith(r.prefix)||!e.endsWith(r.suffix))continue;t=e.slice(r.prefix.length,e.length-r.suffix.length)}else{if(e!==r.pattern)continue;t=""}for(const e of r.targets){const i=e.includes("*")?e.replace("*",t):r.wildcard?e+t:e;const o=joinPath(i);if(!n.includes(o))n.push(o)}}return n}const v=[{form:"https://…, data:… (anything `URL.canParse` accepts)",resolvesTo:"remote: not a file in the repository"},{form:"/x.png",resolvesTo:"public/x.png — served as is, never processed"},{form:"./x.png, ../x.png",resolvesTo:"relative to the post file (src/assets/…, or beside the post)"},{form:"@assets/x.png, ~/x.png (any bare specifier)",resolvesTo:"tsconfig/jsconfig `paths` (and an explicit `baseUrl`) first, in the order written"},{form:"x.png, images/x.png (bare, no ./)",resolvesTo:"then relative to the post file, as `./x.png` (since Astro 4.7.0, withastro/astro#10801; before, it failed)"}];function astroImageCandidates(e,t,n=[],r={}){let o=e.trim();if(o===""||o.startsWith("#"))return[];if(o.startsWith("//")||URL.canParse(o))return[];const s=o.search(/[?#]/);if(s!==-1)o=o.slice(0,s);try{o=decodeURI(o)}catch{}if(o==="")return[];const a=r.projectDir??"";if(o.startsWith("/"))return[joinPath(a,r.publicDir??"public",o.slice(1))];const l=i().posix.dirname(t);if(o.startsWith("./")||o.startsWith("../"))return[joinPath(l,o)];const c=resolveAlias(o,n);const u=joinPath(l,o);if(!c.includes(u))c.push(u);return c}},708:(e,t,n)=>{n.d(t,{J:()=>choosePreset});var r=n(3024);var i=n.n(r);var o=n(6760);var s=n.n(o);const a=["posts","content/posts","content/blog","contents/posts","content","contents","blog","src/posts","src/content","data/blog","src/data/blog"];const l=["hugo.toml","hugo.yaml","hugo.yml","hugo.json","config.toml","config.yaml","config.yml","config/_default/hugo.toml","config/_default/hugo.yaml","config/_default/config.toml","config/_default/config.yaml"];const c=["astro.config.mjs","astro.config.js","astro.config.ts","astro.config.mts","astro.config.cjs"];const u=256*1024;async function detectEngine(e){const t=await firstFile(e,["_config.yml","_config.yaml"]);if(await isFolder(e,"_posts"))return{name:"jekyll",because:t?`${t} and _posts/`:"_posts/"};const n=await firstFile(e,l);if(n&&await isFolder(e,"content"))return{name:"hugo",because:`${n} and content/`};if(await dependsOnHexo(e))return{name:"hexo",because:"hexo in package.json"};const r=await firstFile(e,c);if(r)return{name:"astro",because:r};if(await isFolder(e,"_drafts"))return{name:"jekyll",because:t?`${t} and _drafts/`:"_drafts/"};const i="no _config.yml with _posts/, no Hugo config with content/, no hexo in package.json, no astro.config";const o=[];for(const t of a){if(o.some(e=>t.startsWith(e+"/")))continue;if(await isFolder(e,t))o.push(t)}if(o.length===0)return{name:"markdown",because:i};return{name:"markdown",because:`${i}; posts in ${o.map(e=>e+"/").join(", ")}`,posts:o.map(e=>`${e}/**/*.{md,markdown,mdx}`)}}async function firstFile(e,t){for(const n of t){const t=await r.promises.stat(s().join(e,n)).catch(()=>undefined);if(t?.isFile())return n}return undefined}async function isFolder(e,t){const n=await r.promises.stat(s().join(e,t)).catch(()=>undefined);return!!n?.isDirectory()}async function dependsOnHexo(e){const t=s().join(e,"package.json");const n=await r.promises.lstat(t).catch(()=>undefined);if(!n?.isFile()||n.size>u)return false;try{const e=JSON.parse(await r.promises.readFile(t,"utf8"));return"hexo"in(e.dependencies??{})||"hexo"in(e.devDependencies??{})||!!e.hexo&&typeof e.hexo==="object"}catch{return false}}async function choosePreset(e,t,n,r){if(t)return{name:t,reason:`${r} ${t}`};if(n)return{name:n,reason:`config file preset ${n}`};const i=await detectEngine(e);return{name:i.name,reason:`detected ${i.name} (${i.because})`,...i.posts?{posts:i.posts}:{}}}},2651:(e,t,n)=>{n.d(t,{r:()=>loadEngine});const r={keysCaseSensitive:true,templates:[],kramdownAttributes:false,math:"none",lowercaseTags:false,mergesTermSpellings:false,datesInSiteZone:false,permalinks:"path",rootAbsoluteImages:false,lenientDates:false,imageCandidates:()=>[],imageUnknowable:()=>false,schemaFor:()=>undefined};function defineEngine(e){return{...r,...e}}var i=n(3024);var o=n(6760);var s=n.n(o);const a=512*1024;async function readSiteFile(e,t,n=a){const r=e.spelling(t);if(r===undefined)return undefined;try{const t=s().join(e.root,r);const o=await i.promises.stat(t);if(!o.isFile()||o.size>n)return undefined;return await i.promises.readFile(t,"utf8")}catch{return undefined}}function firstFile(e,t){return t.find(t=>e.has(t))}var l=n(8815);async function loadJekyll(e,t,n){const r=t.file?await readConfig(e,t.file):{};const i=rendererOf(r.markdown);return defineEngine({name:"jekyll",reason:n,yamlReader:"psych",renderer:i,templates:["liquid"],kramdownAttributes:i==="kramdown",math:i==="kramdown"?"double-dollars":"none",publicRoots:[""],lowercaseTags:await usesChirpy(e,t),datesInSiteZone:true,permalinks:"jekyll",redirects:{key:"redirect_from",plugin:"jekyll-redirect-from"},rootAbsoluteImages:true,lenientDates:true,kindOf(e){const t=e.split("/");if(t.includes("_drafts"))return"post";if(!t.includes("_posts"))return"page";return/^\d{2,4}-\d{1,2}-\d{1,2}-.+\.[^.]+$/.test(t.at(-1))?"post":"unpublished"}})}async function readConfig(e,t){const n=await readSiteFile(e,t);if(n===undefined)return{};try{const e=(0,l.qg)(n,{maxAliasCount:100});return e&&typeof e==="object"?e:{}}catch{return{}}}function rendererOf(e){if(typeof e!=="string"||e.trim()==="")return"kramdown";const t=e.trim().toLowerCase();if(t==="kramdown")return"kramdown";if(t.includes("commonmark"))return"commonmark";return"unknown"}async function usesChirpy(e,t){if(/jekyll-theme-chirpy/i.test(t.theme??""))return true;for(const t of["Gemfile","package.json","jekyll-theme-chirpy.gemspec"]){const n=e.has(t)?await readSiteFile(e,t):undefined;if(n&&/jekyll-theme-chirpy/i.test(n))return true}return e.has("_tabs/about.md")&&e.has("_tabs/archives.md")}var c=n(3292);const u=new Set(["author","authors","about","archive","archives","search","tags","categories","contact","page","pages","projects","resume","cv","now","uses"]);async function loadHugo(e,t,n){const r=t.file?await hugo_readConfig(e,t.file):{};const i=stringOf(r.contentdir)??"content";const o=listOf(r.theme);const a=listOf(r.staticdir);const l=[...a.length>0?a:["static"],...o.map(e=>`themes/${e}/static`)];const c=["layouts/_default/_markup/render-image.html","layouts/_markup/render-image.html",...o.flatMap(e=>[`themes/${e}/layouts/_default/_markup/render-image.html`,`themes/${e}/layouts/_markup/render-image.html`])];const f=c.some(t=>e.has(t));const d=new Set(listOf(objectOf(r.params)?.mainsections??objectOf(r.params)?.mainSections));if(d.size===0){const t=largestSection(e,i);if(t)d.add(t)}return defineEngine({name:"hugo",reason:n,keysCaseSensitive:false,yamlReader:"go-yaml",renderer:hugo_rendererOf(r.markup),templates:["hugo-shortcodes"],publicRoots:l,mergesTermSpellings:true,permalinks:"hugo",redirects:{key:"aliases",plugin:"Hugo aliases"},imageCandidates(e,t,n){if(/^[a-z][a-z0-9+.-]*:/i.test(e))return[];if(n){const t=e.replace(/^\/+/,"");return[...l,"assets",...o.map(e=>`themes/${e}/assets`)].map(e=>s().posix.join(e,t))}if(e.startsWith("/"))return[];const r=t.startsWith(i+"/")?t.slice(i.length+1):t;const a=s().posix.basename(r).replace(/\.[^.]+$/,"");const c=a==="index"||a==="_index"?s().posix.dirname(r):s().posix.join(s().posix.dirname(r),a.toLowerCase());return l.map(t=>s().posix.join(t,c,e)).filter(e=>!e.startsWith("../"))},imageUnknowable:()=>f,kindOf(e,t){if(s().posix.basename(e).startsWith("_index."))return"page";const n=e.startsWith(i+"/")?e.slice(i.length+1):e;const r=n.includes("/")?n.split("/")[0]:undefined;if(r===undefined)return"page";if(t?.headless===true)return"page";if(d.has(r))return"post";if(t&&(typeof t.layout==="string"||typeof t.type==="string"))return"page";return u.has(r.toLowerCase())?"page":"post"}})}async function hugo_readConfig(e,t){const n=await readSiteFile(e,t);if(n===undefined)return{};let r;try{r=t.endsWith(".toml")?(0,c.qg)(n):t.endsWith(".json")?JSON.parse(n):(0,l.qg)(n,{maxAliasCount:100})}catch{return{}}return lowerKeys(r)}function lowerKeys(e){if(!e||typeof e!=="object"||Array.isArray(e))return{};const t={};for(const[n,r]of Object.entries(e))t[n.toLowerCase()]??=r&&typeof r==="object"&&!Array.isArray(r)?lowerKeys(r):r;return t}function objectOf(e){return e&&typeof e==="object"&&!Array.isArray(e)?e:undefined}function stringOf(e){return typeof e==="string"&&e.trim()!==""?e.trim().replace(/^\.\//,"").replace(/\/$/,""):undefined}function listOf(e){if(typeof e==="string")return e.trim()?[e.trim()]:[];if(Array.isArray(e))return e.filter(e=>typeof e==="string"&&e.trim()!=="").map(e=>e.trim());return[]}function hugo_rendererOf(e){const t=objectOf(e)?.defaultmarkdownhandler;return typeof t!=="string"||t.toLowerCase()==="goldmark"?"goldmark":"unknown"}function largestSection(e,t){const n=new Map;const r=t+"/";for(const t of e.files){if(!t.startsWith(r)||!/\.(md|markdown)$/i.test(t)||/(^|\/)_index\./.test(t))continue;const e=t.slice(r.length);const i=e.indexOf("/");if(i===-1)continue;const o=e.slice(0,i);n.set(o,(n.get(o)??0)+1)}let i;for(const e of[...n].sort((e,t)=>e[0].localeCompare(t[0])))if(!i||e[1]>i[1])i=e;return i?.[0]}var f=n(4006);var d=n.n(f);const p=1e6;const h=64*1024;const m=16*1024;const g=new Set(["url","root","permalink","source_dir","new_post_name","titlecase","filename_case","post_asset_folder","relative_link","future","default_category","timezone","theme","skip_render","marked","markdown"]);function pickTopLevelBlocks(e){const t=[];const n=[];let r=false;let i=0;let o="";let s=0;let a=0;while(a<=e.length){const l=e.indexOf("\n",a);const c=l===-1?e.length:l;const u=e.slice(a,c);const f=u.charCodeAt(0);const d=u.length>0&&f!==32&&f!==9&&f!==35&&f!==13;if(d){if(r&&i>m){t.length=s;n.push(`_config.yml: \`${o}\` is too large to read`)}const e=/^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(?:[ \t]|$)/.exec(u.length>200?u.slice(0,200):u)?.[1];r=e!==undefined&&g.has(e);o=e??"";i=0;s=t.length}if(r){i+=u.length+1;if(i<=m+1)t.push(u)}if(l===-1)break;a=l+1}if(r&&i>m){t.length=s;n.push(`_config.yml: \`${o}\` is too large to read`)}return{text:t.join("\n"),errors:n}}const y=[["hexo-renderer-marked","marked"],["hexo-renderer-markdown-it","markdown-it"],["hexo-renderer-markdown-it-plus","markdown-it"],["hexo-renderer-pandoc","pandoc"],["hexo-renderer-kramed","kramed"]];function has(e,t){return Object.prototype.hasOwnProperty.call(e,t)}function asRecord(e){return e&&typeof e==="object"&&!Array.isArray(e)?e:{}}function hexo_site_text(e,t,n){if(!has(e,t))return n;const r=e[t];return typeof r==="string"||typeof r==="number"?String(r):n}function flag(e,t,n){return has(e,t)?Boolean(e[t]):n}function trimTrailingSlashes(e){let t=e.length;while(t>0&&e.charCodeAt(t-1)===47)t--;return e.slice(0,t)}function trimSlashes(e){const t=s().posix.normalize(e.replace(/\\/g,"/"));return t==="."?"":trimTrailingSlashes(t).replace(/^\/+/,"")}function majorOf(e){if(typeof e!=="string")return undefined;const t=/^\s*[\^~>=v]*\s*(\d{1,4})(?:\.|$|\s)/.exec(e);return t?Number(t[1]):undefined}function readHexoConfig(e,t,n={}){const r=[];let i={};if(e.length>p)r.push("_config.yml is too large to read");else{let t=e;if(e.length>h){const n=pickTopLevelBlocks(e);t=n.text;r.push(...n.errors)}try{i=asRecord((0,l.qg)(t,{maxAliasCount:100,prettyErrors:false,logLevel:"error"}))}catch(e){r.push(`_config.yml: ${e.message.split("\n")[0]}`)}}let o;if(typeof i.url==="string"&&i.url.trim()!=="")o=trimTrailingSlashes(i.url.trim());let s=typeof i.root==="string"&&i.root!==""?i.root:undefined;if(s===undefined){s="/";if(o&&URL.canParse(o))s=new URL(o).pathname}s=trimTrailingSlashes(s)+"/";if(!s.startsWith("/"))s="/"+s;let a="landscape";if(has(i,"theme")){const e=i.theme;a=e===null||e===false||e===""||e===undefined?undefined:String(e)}const c=i.skip_render;const u=(Array.isArray(c)?c:typeof c==="string"?[c]:[]).filter(e=>typeof e==="string"&&e!=="").slice(0,200);const f={siteDir:trimSlashes(n.siteDir??""),sourceDir:trimSlashes(hexo_site_text(i,"source_dir","source"))||"source",postAssetFolder:flag(i,"post_asset_folder",false),permalink:hexo_site_text(i,"permalink",":year/:month/:day/:title/"),newPostName:hexo_site_text(i,"new_post_name",":title.md"),root:s,future:flag(i,"future",true),relativeLink:flag(i,"relative_link",false),titlecase:flag(i,"titlecase",false),filenameCase:Number(i.filename_case)===1||Number(i.filename_case)===2?Number(i.filename_case):0,defaultCategory:hexo_site_text(i,"default_category","uncategorized"),skipRender:u,renderer:"unknown",rendererPackages:[],prependRoot:false,postAsset:false,errors:r};if(a!==undefined)f.theme=a;if(o!==undefined)f.url=o;if(typeof i.timezone==="string"&&i.timezone.trim()!=="")f.timezone=i.timezone.trim();let d;if(t!==undefined){let e={};try{e=t.length>p?{}:asRecord(JSON.parse(t))}catch(e){r.push(`package.json: ${e.message}`)}const n={...asRecord(e.devDependencies),...asRecord(e.dependencies)};const i=new Set;for(const[e,t]of y){if(!has(n,e))continue;f.rendererPackages.push(e);i.add(t);if(t==="marked")d=majorOf(n[e])}if(i.size===1)f.renderer=[...i][0]}if(f.renderer==="marked"){const e=asRecord(i.marked);const t=d===undefined||d>=5;f.prependRoot=flag(e,"prependRoot",t);f.postAsset=flag(e,"postAsset",false)}else if(f.renderer==="markdown-it"){const e=asRecord(asRecord(i.markdown).images);f.prependRoot=flag(e,"prepend_root",false);f.postAsset=flag(e,"post_asset",false)}return f}const k=new Set([".md",".markdown",".mkd",".mkdn",".mdwn",".mdtxt",".mdtext",".html",".htm",".ejs",".njk",".pug",".swig"]);function isHidden(e){return e.split("/").some(e=>e.startsWith("_")||e.startsWith("."))}function isTmp(e){return e.endsWith("%")||e.endsWith("~")}function sourceRoot(e){return e.siteDir?`${e.siteDir}/${e.sourceDir}`:e.sourceDir}function matchesSkipRender(e,t){if(t.skipRender.length===0)return false;try{return d()(t.skipRender,{dot:true})(e)}catch{return false}}function hexoPostInfo(e,t){const n=s().posix.normalize(e.replace(/\\/g,"/")).replace(/^\.\//,"");const r=sourceRoot(t);if(!n.startsWith(r+"/"))return{kind:"ignored"};const i=n.slice(r.length+1);if(isTmp(i))return{kind:"ignored",sourcePath:i};const o=s().posix.extname(i).toLowerCase();for(const[e,r]of[["_posts/","post"],["_drafts/","draft"]]){if(!i.startsWith(e))continue;const a=i.slice(e.length);if(isHidden(a))return{kind:"ignored",sourcePath:i};let l=k.has(o)&&!matchesSkipRender(i,t);if(l&&t.postAssetFolder)l=o===s().posix.extname(t.newPostName).toLowerCase();if(!l)return{kind:"asset",sourcePath:i};const c=n.slice(0,n.length-s().posix.extname(n).length);return{kind:r,sourcePath:i,assetDir:c,name:s().posix.basename(c)}}if(isHidden(i))return{kind:"ignored",sourcePath:i};const a=k.has(o)&&!matchesSkipRender(i,t);return{kind:a?"page":"asset",sourcePath:i}}function cleanUrl(e){let t=e.trim();if(t===""||t.startsWith("#")||t.startsWith("//"))return undefined;if(/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(t))return undefined;const n=t.search(/[?#]/);if(n!==-1)t=t.slice(0,n);try{t=decodeURI(t)}catch{}return t===""?undefined:t}function join(...e){return s().posix.normalize(s().posix.join(...e.filter(e=>e!=="")))}function siteRootCandidates(e,t){const n=[join(sourceRoot(t),e)];if(t.theme){n.push(join(t.siteDir,"themes",t.theme,"source",e));n.push(join(t.siteDir,"node_modules",`hexo-theme-${t.theme}`,"source",e))}return n}function hexoImageCandidates(e,t,n){const r=cleanUrl(e);if(r===undefined)return[];const i=!n.relativeLink&&(n.renderer==="marked"&&n.prependRoot||n.renderer==="markdown-it"&&(n.prependRoot||n.postAsset));if(r.startsWith("/")){let e=r.slice(1);if(!i&&n.root!=="/"&&r.startsWith(n.root))e=r.slice(n.root.length);return siteRootCandidates(e,n)}const o=hexoPostInfo(t,n);const a=o.kind==="post"||o.kind==="draft";const l=[];const add=e=>{if(!l.includes(e))l.push(e)};if(i){if(a&&o.assetDir&&n.postAssetFolder&&n.postAsset){add(join(o.assetDir,r));if(n.renderer==="markdown-it"&&o.name&&r.startsWith(o.name+"/"))add(join(o.assetDir,r.slice(o.name.length+1)))}for(const e of siteRootCandidates(r,n))add(e);return l}if(a&&o.assetDir)add(join(o.assetDir,r));else add(join(s().posix.dirname(t),r));return l}function hexoAssetTagCandidates(e,t,n){if(!n.postAssetFolder)return[];const r=hexoPostInfo(t,n);if(r.kind!=="post"&&r.kind!=="draft"||!r.assetDir)return[];const i=e.trim().replace(/^["']|["']$/g,"");return i===""?[]:[join(r.assetDir,i)]}async function loadHexo(e,t,n){const r=t.file?await readSiteFile(e,t.file):undefined;const i=await readSiteFile(e,"package.json");const o=readHexoConfig(r??"",i);const s=o.theme?[`themes/${o.theme}/source`,`node_modules/hexo-theme-${o.theme}/source`]:[];const a=o.renderer==="marked"||o.renderer==="markdown-it"?o.renderer:"unknown";return defineEngine({name:"hexo",reason:n,yamlReader:"js-yaml",renderer:a,templates:["nunjucks"],publicRoots:[o.sourceDir,...s],imageCandidates:(e,t)=>hexoImageCandidates(e,t,o),kindOf(e){const t=hexoPostInfo(e,o).kind;return t==="post"||t==="draft"?"post":"page"},signature:JSON.stringify(o)})}var b=n(7262);const w=["src/content.config.ts","src/content.config.mts","src/content.config.js","src/content.config.mjs","src/content/config.ts","src/content/config.mts","src/content/config.js","src/content/config.mjs"];async function loadAstro(e,t,n){const r=firstFile(e,w);const i=r?await readSiteFile(e,r):undefined;const o=i?(0,b.PZ)(i,{configFile:r}).collections:[];const s=firstFile(e,["tsconfig.json","jsconfig.json"]);const a=s?await readSiteFile(e,s):undefined;const l=a?(0,b.oK)(a).aliases:[];const c=await readSiteFile(e,"package.json")??"";const collectionOf=e=>{let t;for(const n of o){const r=n.base||(n.loader==="legacy"?`src/content/${n.name}`:"");if(r&&e.startsWith(r+"/")&&(!t||r.length>t.base.length))t={...n,base:r}}if(t)return t;const n=e.split("/");return n[0]==="src"&&n[1]==="content"?o.find(e=>e.name===n[2]):undefined};return defineEngine({name:"astro",reason:n,yamlReader:"js-yaml",renderer:"remark",math:/"remark-math"/.test(c)?"dollars":"none",publicRoots:["public"],imageCandidates:(e,t)=>(0,b.b_)(e,t,l),kindOf:e=>e.startsWith("src/pages/")?"page":"post",schemaFor(e){const t=collectionOf(e);return t?.schema&&t.schemaStatus==="ok"?{collection:t.name,schema:t.schema,legacyContent:t.loader==="legacy"&&t.type!=="data"}:undefined},signature:JSON.stringify({collections:o,aliases:l})})}const x=/^(?:readme|changelog|contributing|code_of_conduct|license|security|support|authors|history)\.(?:md|markdown|mdx)$/i;async function loadMarkdown(e,t,n){const r=await readSiteFile(e,"package.json")??"";return defineEngine({name:"markdown",reason:n,yamlReader:"js-yaml",renderer:"commonmark",math:/"remark-math"/.test(r)?"dollars":"none",publicRoots:["","public","static","source"],imageUnknowable:()=>true,kindOf:e=>x.test(e.split("/").pop()??"")||e.startsWith(".github/")?"page":"post"})}var v=n(708);async function loadEngine(e,t,n,r=`preset ${e}`){switch(e){case"jekyll":return loadJekyll(t,n,r);case"hugo":return loadHugo(t,n,r);case"hexo":return loadHexo(t,n,r);case"astro":return loadAstro(t,n,r);case"markdown":return loadMarkdown(t,n,r)}}},3572:(e,t,n)=>{n.d(t,{GP:()=>format,Hf:()=>isLang,U9:()=>count,mm:()=>r});function format(e,t,n={}){return e[t].replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}function count(e,t,n){if(e==="ko")return`${t}개`;return`${t} ${n}${t===1?"":"s"}`}function isLang(e){return e==="en"||e==="ko"}const r={tooLarge:{en:"File is {size} bytes, over the {limit}-byte limit (max-file-size); not linted.",ko:"파일 크기 {size}바이트가 제한({limit}바이트, max-file-size)을 넘어 검사하지 않았습니다."},binary:{en:"File looks binary (it contains a NUL byte); not linted.",ko:"바이너리 파일로 보입니다(NUL 바이트 포함). 검사하지 않았습니다."},notUtf8:{en:"File is not valid UTF-8 (first bad byte at line {line}, byte {column}); save it as UTF-8.",ko:"올바른 UTF-8이 아닙니다({line}번째 줄 {column}번째 바이트). UTF-8로 저장해 주세요."},unreadable:{en:"File could not be read ({reason}).",ko:"파일을 읽을 수 없습니다({reason})."},outsideRepo:{en:"Path is outside the repository; not read.",ko:"저장소 밖의 경로라서 읽지 않았습니다."},internal:{en:"Internal error while linting this file: {reason}. Please report it.",ko:"이 파일을 검사하다 내부 오류가 났습니다: {reason}. 제보해 주세요."},noFiles:{en:"No posts matched {patterns}.",ko:"{patterns}에 맞는 글이 없습니다."},summaryClean:{en:"No problems in {files}.",ko:"글 {files}에서 문제를 찾지 못했습니다."},summaryProblems:{en:"{errors} and {warnings} in {withProblems} of {files}.",ko:"글 {files} 중 {withProblems}에서 오류 {errors}, 경고 {warnings}를 찾았습니다."},fixable:{en:"{count} of them can be fixed automatically.",ko:"그중 {count}개는 자동으로 고칠 수 있습니다."},moreLikeThis:{en:"(and {more} more like it in this post)",ko:"(이 글에 같은 문제가 {more}개 더 있습니다)"},skipped:{en:"skipped",ko:"건너뜀"},error:{en:"error",ko:"오류"},warning:{en:"warning",ko:"경고"}}},2096:(e,t,n)=>{n.d(t,{l:()=>isPresetName,v:()=>i});const r=["title","date","tags","categories","description","image","author","authors","draft","layout","permalink","slug","summary","excerpt","lastmod","updated","toc","comments","math","mermaid","pin","published","series","keywords","lang"];const i={jekyll:{name:"jekyll",posts:["_posts/**/*.{md,markdown}","_drafts/**/*.{md,markdown}"],requiredKeys:["title","date"],dateFromFileName:true,futureSetting:"future",knownKeys:[...r,"last_modified_at","media_subpath","img_path","render_with_liquid","category","tag","redirect_from","hidden","sitemap","subtitle","cover","header"],coverKeys:["image","image.path","cover","thumbnail","header.image","header.teaser"],taxonomyString:"split-on-spaces",severities:{"taxonomy-key":"off","ordered-list-marker-style":"off","code-block-style":"off"}},hugo:{name:"hugo",posts:["content/**/*.md"],requiredKeys:["title","date"],dateFromFileName:false,futureSetting:"buildFuture",knownKeys:[...r,"aliases","expiryDate","publishDate","weight","images","featured_image","feature_image","cover","url","type","linkTitle","headless"],coverKeys:["image","images","cover","cover.image","featured_image","feature_image","thumbnail"],taxonomyString:"single-term",severities:{"key-case":"off","date-filename-mismatch":"off"}},hexo:{name:"hexo",posts:["source/_posts/**/*.{md,markdown}","source/_drafts/**/*.{md,markdown}"],requiredKeys:["title"],dateFromFileName:false,knownKeys:[...r,"categories","photos","thumbnail","cover","top","sticky","mathjax","disableNunjucks","copyright","abbrlink"],coverKeys:["thumbnail","cover","banner","photos"],taxonomyString:"single-term",severities:{"date-future":"off","permalink-changed":"off","taxonomy-key":"off","date-filename-mismatch":"off"}},astro:{name:"astro",posts:["src/content/**/*.{md,mdx,markdown}","src/data/**/*.{md,mdx}"],requiredKeys:["title"],dateFromFileName:false,knownKeys:[...r,"pubDate","updatedDate","heroImage","cover","thumbnail"],coverKeys:["heroImage","image","cover","thumbnail","ogImage"],taxonomyString:"single-term",severities:{"date-future":"off","date-filename-mismatch":"off","permalink-changed":"off","taxonomy-key":"off"}},markdown:{name:"markdown",posts:["**/*.{md,markdown,mdx}"],requiredKeys:["title"],dateFromFileName:false,knownKeys:[...r,"cover","thumbnail","heroImage","pubDate","updatedDate"],coverKeys:["image","cover","thumbnail","heroImage"],taxonomyString:"single-term",severities:{"frontmatter-missing":"warning","date-future":"off","date-filename-mismatch":"off","permalink-changed":"off","taxonomy-key":"off"}}};function isPresetName(e){return e in i}},3133:(e,t,n)=>{n.d(t,{W:()=>r});const r={id:"file-unreadable",category:"frontmatter",severity:"error",fixable:false,docs:{en:"A post that cannot be linted (too large for `max-file-size`, binary, not UTF-8, unreadable or outside the repository) is reported, never skipped silently.",ko:"검사할 수 없는 글(`max-file-size` 초과, 바이너리, UTF-8 아님, 읽기 실패, 저장소 밖)은 조용히 건너뛰지 않고 보고합니다."},messages:{}}},6275:(e,t,n)=>{n.d(t,{V7:()=>te,BD:()=>ne,aO:()=>ee});var r=n(3182);const i=(0,r.K)({id:"post-unpublished",category:"frontmatter",severity:"error",forUnpublished:true,fixable:false,docs:{en:"A post is a file the engine publishes: Jekyll skips a `_posts/` file whose name does not start with its date (`YYYY-MM-DD-title.md`), silently.",ko:"글은 엔진이 게시하는 파일이어야 합니다. Jekyll은 이름이 날짜로 시작하지 않는(`YYYY-MM-DD-제목.md`) `_posts/` 파일을 아무 말 없이 건너뜁니다."},messages:{undated:{en:"Jekyll never publishes `{name}`: a file in `_posts/` must be named `YYYY-MM-DD-title.md`; rename it (e.g. `{suggested}`).",ko:"Jekyll은 `{name}` 파일을 게시하지 않습니다. `_posts/`의 파일 이름은 `YYYY-MM-DD-제목.md` 형식이어야 합니다. 이름을 바꾸세요(예: `{suggested}`)."}},check(e,t){if(e.kind!=="unpublished")return;const n=dateOf(e.frontmatter?.data.date)??"YYYY-MM-DD";const r=e.fileName.replace(/\.[^.]+$/,"").trim().replace(/\s+/g,"-");const i=/\.[^.]+$/.exec(e.fileName)?.[0]??".md";t({messageId:"undated",data:{name:e.fileName,suggested:`${n}-${r}${i}`},position:{line:1,column:1}})}});function dateOf(e){return typeof e==="string"?/^\d{4}-\d{2}-\d{2}/.exec(e.trim())?.[0]:undefined}const o=(0,r.K)({id:"frontmatter-missing",category:"frontmatter",severity:"error",postsOnly:true,fixable:false,docs:{en:"A post starts with a frontmatter block (`---` ... `---`); without one Jekyll copies the file as is and it never becomes a post.",ko:"글은 프론트매터(`---` ... `---`)로 시작해야 합니다. 없으면 Jekyll이 글로 만들지 않고 파일을 그대로 복사합니다."},messages:{missing:{en:"No frontmatter: the post must start with a `---` line, then `title:` and `date:`, then `---`.",ko:"프론트매터가 없습니다. 첫 줄을 `---`로 시작하고 `title:`, `date:`를 적은 뒤 `---`로 닫으세요."}},check(e,t){if(e.frontmatter)return;t({messageId:"missing",position:{line:1,column:1}})}});const s=(0,r.K)({id:"frontmatter-syntax",category:"frontmatter",severity:"error",fixable:false,docs:{en:"The frontmatter parses: it is closed, valid YAML/TOML/JSON, a mapping, and has no key twice.",ko:"프론트매터가 올바르게 닫혀 있고, 문법(YAML/TOML/JSON)에 맞고, 키-값 형태이며, 같은 키가 두 번 나오지 않아야 합니다."},messages:{unclosed:{en:"Frontmatter opened with `{fence}` on line 1 is never closed: add a `{fence}` line after the last key.",ko:"1번째 줄에서 `{fence}`로 연 프론트매터가 닫히지 않았습니다. 마지막 키 다음 줄에 `{fence}`를 추가하세요."},syntax:{en:"Frontmatter is not valid: {detail}.",ko:"프론트매터 문법 오류: {detail}."},"duplicate-key":{en:"Key `{detail}` appears twice in the frontmatter; the engine keeps only one.",ko:"프론트매터에 `{detail}` 키가 두 번 나옵니다. 하나만 남겨 주세요."},"not-a-mapping":{en:"Frontmatter must be `key: value` pairs, not a {detail}.",ko:"프론트매터는 `키: 값` 형태여야 합니다({detail} 형태가 아님)."},"unknown-language":{en:"Unknown frontmatter language `{detail}`: use `---` (YAML), `+++` (TOML) or `---json`.",ko:"알 수 없는 프론트매터 형식 `{detail}`입니다. `---`(YAML), `+++`(TOML), `---json`을 쓰세요."}},check(e,t){for(const n of e.frontmatter?.errors??[]){if(n.kind==="executable")continue;t({messageId:n.kind,data:{fence:n.detail,detail:n.detail},position:{line:n.line,column:n.column}})}}});const a=(0,r.K)({id:"frontmatter-executable",category:"frontmatter",severity:"error",fixable:false,docs:{en:"Frontmatter written as code (`---js`, `---javascript`, `---coffee`) is refused and never run: some site generators would execute it.",ko:"코드로 된 프론트매터(`---js`, `---javascript`, `---coffee`)는 실행하지 않고 거부합니다. 일부 생성기는 이를 실행합니다."},messages:{executable:{en:"Frontmatter in `{language}` is code and is not run; write it as YAML (`---`).",ko:"`{language}` 프론트매터는 코드이므로 실행하지 않습니다. YAML(`---`)로 쓰세요."}},check(e,t){for(const n of e.frontmatter?.errors??[]){if(n.kind==="executable")t({messageId:"executable",data:{language:n.detail},position:{line:1,column:1,endColumn:4+n.detail.length}})}}});var l=n(7163);var c=n(615);var u=n(9347);const f=(0,r.K)({id:"required-keys",category:"frontmatter",severity:"error",postsOnly:true,fixable:false,docs:{en:"Every post sets the required keys (default `title` and `date`). Values from `_config.yml` `defaults:` count, and so does a Jekyll file-name date.",ko:"모든 글에 필수 키(기본 `title`, `date`)가 있어야 합니다. `_config.yml`의 `defaults:` 값과 Jekyll 파일 이름의 날짜도 인정합니다."},messages:{missing:{en:"Required key `{key}` is missing from the frontmatter.",ko:"필수 키 `{key}` 항목이 프론트매터에 없습니다."}},check(e,t){if(!(0,u.BR)(e))return;if(e.engine.schemaFor(e.file))return;const n=e.frontmatter;const r=(0,l.R)(e.site,e.file);for(const i of e.settings.requiredKeys){if(i in n.data||r.has(i))continue;if(i==="date"&&e.preset.dateFromFileName&&(0,c.cd)(e.fileName))continue;if(Object.keys(n.data).some(e=>e.toLowerCase()===i.toLowerCase()&&!(0,u.z3)(n.data[e])))continue;t({messageId:"missing",data:{key:i},position:{line:1,column:1,endColumn:4}})}}});var d=n(6045);var p=n(7262);const h=(0,r.K)({id:"frontmatter-schema",category:"frontmatter",severity:"error",postsOnly:true,fixable:false,docs:{en:"Front matter fits the site's content schema (Astro `src/content/config.ts`): every required key is there, dates, enums and lists hold what the schema accepts (`z.coerce.date()` takes `2025.12.20`, `z.date()` does not). A post that does not fit stops `astro build`.",ko:"프론트매터가 사이트의 콘텐츠 스키마(Astro `src/content/config.ts`)에 맞아야 합니다. 필수 키가 모두 있고, 날짜·열거형·목록 값이 스키마가 받는 형태여야 합니다(`z.coerce.date()`는 `2025.12.20`을 받지만 `z.date()`는 받지 않습니다). 맞지 않는 글은 `astro build`를 멈춥니다."},messages:{missing:{en:"`{key}` is required by the schema of the `{collection}` collection: `astro build` fails without it.",ko:"`{collection}` 컬렉션 스키마는 `{key}` 키를 요구합니다. 없으면 `astro build`가 실패합니다."},type:{en:"`{key}` is {got}, but the schema of the `{collection}` collection wants {expected}: `astro build` fails.",ko:"`{key}` 값은 {got}인데 `{collection}` 컬렉션 스키마는 {expected}을(를) 요구합니다. `astro build`가 실패합니다."},enum:{en:"`{key}: {got}` is not one of {expected} (the `{collection}` schema): `astro build` fails.",ko:"`{key}: {got}` 값은 `{collection}` 스키마의 {expected} 중 하나가 아닙니다. `astro build`가 실패합니다."},unknownKey:{en:"`{key}` is not in the `{collection}` schema, which is strict: `astro build` fails.",ko:"`{key}` 키는 엄격한(strict) `{collection}` 스키마에 없습니다. `astro build`가 실패합니다."}},check(e,t){const n=e.engine.schemaFor(e.file);if(!n||!(0,u.BR)(e))return;const r=e.frontmatter;const i=r.entries.filter(e=>(0,d.qB)(e)).map(e=>e.key);const o=(0,p.v9)(r.data,n.schema,{quotedKeys:i,format:r.format==="toml"?"toml":"yaml",legacyContent:n.legacyContent});for(const r of o){const i=(0,u.w4)(e,r.key.replace(/\[\d+\]$/,""));const o=i?r.kind==="unknown-key"?(0,u.T)(i):(0,u.TB)(e,i):{line:1,column:1,endColumn:4};const s=r.kind==="unknown-key"?"unknownKey":r.kind;t({messageId:s,data:{key:r.key,collection:n.collection,expected:r.expected,got:r.got},position:o})}}});const m=(0,r.K)({id:"empty-value",category:"frontmatter",severity:"warning",fixable:false,docs:{en:'Frontmatter keys have a value: `tags:` with nothing after it is `null`, and an empty `title: ""` renders as an untitled post.',ko:'프론트매터 키에는 값이 있어야 합니다. 값이 없는 `tags:`는 `null`이 되고, 빈 `title: ""`은 제목 없는 글이 됩니다.'},messages:{empty:{en:"Key `{key}` has no value: fill it in or remove the line.",ko:"`{key}` 키에 값이 없습니다. 값을 채우거나 줄을 지우세요."}},check(e,t){if(!(0,u.BR)(e))return;for(const n of e.frontmatter.entries){if(Array.isArray(n.value))continue;if((0,u.z3)(n.value))t({messageId:"empty",data:{key:n.key},position:(0,u.T)(n)})}}});const g=(0,r.K)({id:"key-case",category:"frontmatter",severity:"error",fixable:true,docs:{en:"Frontmatter keys are spelled in the engine's case: Jekyll, Hexo and Astro ignore `Date:` or `Tags:` (Notion/Obsidian exports), and the post loses its date or tags. Off on Hugo, which reads keys in any case.",ko:"프론트매터 키는 엔진이 읽는 대소문자 그대로 씁니다. Jekyll, Hexo, Astro는 Notion/Obsidian에서 내보낸 `Date:`, `Tags:`를 무시해 날짜나 태그가 사라집니다. 대소문자를 가리지 않는 Hugo에서는 꺼져 있습니다."},messages:{wrongCase:{en:"Key `{key}` is ignored by the blog engine; write it as `{expected}`.",ko:"`{key}` 키는 블로그 엔진이 무시합니다. `{expected}`로 쓰세요."}},check(e,t){if(!(0,u.BR)(e)||!e.engine.keysCaseSensitive)return;const n=e.engine.schemaFor(e.file);const r=new Map((n?Object.keys(n.schema.fields):e.preset.knownKeys).map(e=>[e.toLowerCase(),e]));const i=new Set(e.frontmatter.entries.map(e=>e.key));for(const n of e.frontmatter.entries){const o=r.get(n.key.toLowerCase());if(!o||o===n.key)continue;if(i.has(o))continue;t({messageId:"wrongCase",data:{key:n.key,expected:o},position:(0,u.T)(n),fix:{edits:[(0,u._1)(e,n,o)]}})}}});const y=["date","last_modified_at","lastmod","updated","publishDate","expiryDate","pubDate","updatedDate"];function siteOffsetMinutes(e){return e.site.timeZone?(0,c.Ym)(e.site.timeZone,e.settings.now)??0:0}function postDate(e){const t=(0,u.w4)(e,"date");if(!t||(0,u.z3)(t.value))return undefined;const n=(0,c.y1)(t.value,siteOffsetMinutes(e));return n.ok?{entry:t,date:n.date}:undefined}const k=(0,r.K)({id:"date-invalid",category:"frontmatter",severity:"error",fixable:false,docs:{en:"Dates are real calendar dates written as `YYYY-MM-DD`, optionally with `HH:MM:SS` and an offset (`2025-03-03 21:00:00 +0900`).",ko:"날짜는 실제 존재하는 날짜를 `YYYY-MM-DD` 형식으로 쓰고, 필요하면 `HH:MM:SS`와 시간대(`2025-03-03 21:00:00 +0900`)를 붙입니다."},messages:{format:{en:"`{key}: {value}` is not a date the blog engine can read; write `YYYY-MM-DD HH:MM:SS +0900`.",ko:"`{key}: {value}` 값은 블로그 엔진이 읽을 수 있는 날짜가 아닙니다. `YYYY-MM-DD HH:MM:SS +0900` 형식으로 쓰세요."},calendar:{en:"`{key}: {value}` is not a real date (month 1-12, day within the month, time up to 23:59).",ko:"`{key}: {value}` 값은 존재하지 않는 날짜입니다(월 1-12, 그 달의 일수, 시각 23:59까지)."}},check(e,t){if(!(0,u.BR)(e))return;const n=e.engine.schemaFor(e.file)?.schema.fields;for(const r of e.frontmatter.entries){if(!y.includes(r.key)||(0,u.z3)(r.value))continue;if(n&&r.key in n)continue;const i=(0,c.y1)(r.value);if(!i.ok&&i.reason==="format"&&e.engine.lenientDates&&validPrefix(r.value))continue;if(!i.ok)t({messageId:i.reason,data:{key:r.key,value:String(r.value)},position:(0,u.TB)(e,r)})}}});function validPrefix(e){if(typeof e!=="string")return false;const t=/^\s*\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2})?)?/.exec(e)?.[0];return t!==undefined&&(0,c.y1)(t).ok}const b=(0,r.K)({id:"date-timezone",category:"frontmatter",severity:"warning",postsOnly:true,fixable:false,docs:{en:"A post's `date` lands on the day the author wrote: Jekyll shows it (and builds the URL) in the site's `timezone:` or, without one, in UTC, so `08:30 +0900` on a site with no `timezone:` is published the day before, and an unquoted `23:30:00` with no offset on a `timezone: Asia/Seoul` site the day after.",ko:"글의 `date`는 글쓴이가 적은 날짜에 게시되어야 합니다. Jekyll은 날짜를 사이트의 `timezone:`(없으면 UTC)으로 보여 주고 URL도 그렇게 만듭니다. 그래서 `timezone:`이 없는 사이트에서 `08:30 +0900`은 전날로, `timezone: Asia/Seoul` 사이트에서 따옴표 없이 시간대 없이 쓴 `23:30:00`은 다음 날로 게시됩니다."},messages:{offsetMoves:{en:"`date: {value}` is {shown} in {zone}, the zone Jekyll builds in{why}: the post is dated {shownDay}, not {writtenDay}. Set `timezone:` in `_config.yml` to your zone (e.g. `Asia/Seoul`).",ko:"`date: {value}`는 Jekyll이 빌드하는 시간대({zone}{why})로 {shown}입니다. 글 날짜가 {writtenDay}가 아니라 {shownDay}이 됩니다. `_config.yml`에 `timezone:`(예: `Asia/Seoul`)을 지정하세요."},naiveMoves:{en:"`date: {value}` has no offset, so Jekyll reads it as UTC and shows it in {zone} as {shown}: the post is dated {shownDay}, not {writtenDay}. Add the offset: `{suggested}`.",ko:"`date: {value}`에는 시간대가 없어 Jekyll이 UTC로 읽고 {zone} 기준 {shown}로 보여 줍니다. 글 날짜가 {writtenDay}가 아니라 {shownDay}이 됩니다. 시간대를 붙이세요: `{suggested}`."}},check(e,t){if(!e.engine.datesInSiteZone||!e.frontmatter||e.frontmatter.errors.length>0)return;const n=(0,u.w4)(e,"date");if(!n||(0,u.z3)(n.value))return;const r=(0,c.y1)(n.value);if(!r.ok||!r.date.hasTime)return;const i=r.date;const o=e.site.timeZone??"UTC";const zoneAt=e=>(0,c.Ym)(o,new Date(e));const s=(0,c.$6)(i);if(i.offsetMinutes!==undefined){const r=zoneAt(i.epochMs);if(r===undefined||r===i.offsetMinutes)return;const a=wallClock(i.epochMs,r);if(a.slice(0,10)===s)return;const l=e.site.timeZone?"":e.settings.lang==="ko"?", `timezone:`이 없어 빌드 서버 기준":" without `timezone:`";t({messageId:"offsetMoves",data:{value:String(n.value),shown:a,zone:o,why:l,shownDay:a.slice(0,10),writtenDay:s},position:(0,u.TB)(e,n)});return}if(e.frontmatter.format!=="yaml"||!(0,c.Jj)(n.value,(0,d.qB)(n)))return;const a=zoneAt(i.epochMs);if(!a)return;const l=wallClock(i.epochMs,a);if(l.slice(0,10)===s)return;const f=`${String(n.value).trim()} ${formatOffset(zoneAt(i.epochMs-a*6e4)??a)}`;t({messageId:"naiveMoves",data:{value:String(n.value),shown:l,zone:o,shownDay:l.slice(0,10),writtenDay:s,suggested:f},position:(0,u.TB)(e,n)})}});function wallClock(e,t){const n=new Date(e+t*6e4);const pad=e=>String(e).padStart(2,"0");return`${n.getUTCFullYear()}-${pad(n.getUTCMonth()+1)}-${pad(n.getUTCDate())} ${pad(n.getUTCHours())}:${pad(n.getUTCMinutes())}`}function formatOffset(e){const t=e<0?"-":"+";const n=Math.abs(e);return`${t}${String(Math.floor(n/60)).padStart(2,"0")}${String(n%60).padStart(2,"0")}`}const w=(0,r.K)({id:"date-future",category:"frontmatter",severity:"warning",postsOnly:true,fixable:false,docs:{en:"A post dated in the future is not published (Jekyll without `future: true`, Hugo without `buildFuture`) until a build after that time.",ko:"미래 날짜의 글은 그 시각 이후 다시 빌드할 때까지 게시되지 않습니다(Jekyll `future: true`, Hugo `buildFuture`가 없을 때)."},messages:{future:{en:"`date: {value}` is in the future: the post will not appear until a build after that time (set `{setting}: true` to publish it now).",ko:"`date: {value}` 값은 미래 시각이라 그 이후 빌드 전까지 글이 보이지 않습니다(바로 게시하려면 `{setting}: true`)."}},check(e,t){if(!e.preset.futureSetting||e.site.future)return;const n=e.frontmatter?.data??{};if(n.draft===true||n.published===false)return;const r=postDate(e);if(!r||r.date.epochMs<=e.settings.now.getTime())return;t({messageId:"future",data:{value:String(r.entry.value),setting:e.preset.futureSetting},position:(0,u.TB)(e,r.entry)})}});const x=(0,r.K)({id:"date-filename-mismatch",category:"frontmatter",severity:"warning",postsOnly:true,fixable:false,docs:{en:"In `YYYY-MM-DD-slug.md` the file-name date and the `date:` key agree; when they differ the frontmatter wins and the URL changes.",ko:"`YYYY-MM-DD-slug.md` 파일 이름의 날짜와 `date:` 키가 같아야 합니다. 다르면 프론트매터가 우선이라 URL이 바뀝니다."},messages:{mismatch:{en:"File name says {fileDate} but `date:` says {date}: the post is published under {date}.",ko:"파일 이름은 {fileDate}인데 `date:`는 {date}입니다. 글은 {date} 날짜로 게시됩니다."}},check(e,t){const n=(0,c.cd)(e.fileName);const r=postDate(e);if(!n||!r)return;const i=(0,c.$6)(r.date);if(i!==n)t({messageId:"mismatch",data:{fileDate:n,date:i},position:(0,u.TB)(e,r.entry)})}});var v=n(7790);const S=(0,r.K)({id:"permalink-changed",category:"frontmatter",severity:"warning",fixable:true,docs:{en:"A renamed post whose URL changes lists its old URL in `redirect_from:` (Jekyll, jekyll-redirect-from) or `aliases:` (Hugo), so old links keep working.",ko:"이름을 바꿔 URL이 달라진 글은 예전 URL을 `redirect_from:`(Jekyll, jekyll-redirect-from)이나 `aliases:`(Hugo)에 적어 두어야 예전 링크가 계속 동작합니다."},messages:{addKey:{en:"Renamed from {previous}: the URL changes from {oldUrl} to {newUrl} and links to the old one break. Add to the frontmatter: `{key}: [{quoted}]` ({plugin}).",ko:"{previous}에서 이름이 바뀌어 URL이 {oldUrl}에서 {newUrl}(으)로 달라지고 예전 링크가 깨집니다. 프론트매터에 `{key}: [{quoted}]`를 추가하세요({plugin})."},addItem:{en:"Renamed from {previous}: the URL changes from {oldUrl} to {newUrl} and links to the old one break. Add {quoted} to `{key}:` ({plugin}).",ko:"{previous}에서 이름이 바뀌어 URL이 {oldUrl}에서 {newUrl}(으)로 달라지고 예전 링크가 깨집니다. `{key}:`에 {quoted}를 추가하세요({plugin})."}},check(e,t){const n=e.previousPath;const r=e.engine.redirects;if(n===undefined||n===e.file||!r||!(0,u.BR)(e))return;if(n.split("/").includes("_drafts")||isUnpublished(e.frontmatter.data))return;const i=(0,v.XC)(e,n);const o=(0,v.XC)(e);if(i===undefined||o===undefined||sameUrl(i,o))return;const s=(0,u.w4)(e,r.key);const a=s?urlsOf(s.value):[];if(a.some(e=>sameUrl(e,i)))return;const l=e.frontmatter.format;const c=l==="toml"?JSON.stringify(i):yamlScalar(i);const f={previous:n,oldUrl:i,newUrl:o,key:r.key,plugin:r.plugin,quoted:c};if(s){t({messageId:"addItem",data:f,position:(0,u.YE)()});return}const d=insertKeyEdit(e,r.key,i);t({messageId:"addKey",data:f,position:(0,u.YE)(),...d?{fix:{edits:[d]}}:{}})}});function isUnpublished(e){return e.draft===true||e.published===false}function urlsOf(e){if(typeof e==="string")return[e];return Array.isArray(e)?e.filter(e=>typeof e==="string"):[]}function sameUrl(e,t){return normalizeUrl(e)===normalizeUrl(t)}function normalizeUrl(e){let t=e.trim();try{t=decodeURI(t)}catch{}return("/"+t).replace(/\/{2,}/g,"/").replace(/\/+$/,"").normalize("NFC")}function yamlScalar(e){return/^\/[\p{L}\p{N}/._~%+-]*$/u.test(e)?e:JSON.stringify(e)}function insertKeyEdit(e,t,n){const r=e.frontmatter;const i=e.source.eol;if(r.format==="yaml"){const e=r.contentRange[1];return{range:[e,e],text:`${t}:${i}  - ${yamlScalar(n)}${i}`}}if(r.format==="toml"){const e=r.contentRange[0];return{range:[e,e],text:`${t} = [${JSON.stringify(n)}]${i}`}}return undefined}const A={tag:"tags",category:"categories",Tag:"tags",Category:"categories"};const C=(0,r.K)({id:"taxonomy-key",category:"tags",severity:"warning",fixable:true,docs:{en:"Tags and categories use the keys the engine reads: Hugo files only `tags:` and `categories:` (its taxonomies) and drops `tag:`/`category:`. Off on Jekyll and Hexo, which read the singular keys too.",ko:"태그와 카테고리는 엔진이 읽는 키로 씁니다. Hugo는 `tags:`, `categories:`(택소노미)만 읽고 `tag:`/`category:`는 버립니다. 단수형 키도 읽는 Jekyll과 Hexo에서는 꺼져 있습니다."},messages:{singular:{en:"Use `{expected}:` instead of `{key}:`; the engine reads only `{expected}`, so this value is dropped.",ko:"`{key}:` 대신 `{expected}:`를 쓰세요. 엔진은 `{expected}`만 읽어서 이 값은 버려집니다."}},check(e,t){if(!(0,u.BR)(e))return;const n=e.engine.schemaFor(e.file);for(const[r,i]of Object.entries(A)){if(n&&(r in n.schema.fields||!(i in n.schema.fields)))continue;const o=(0,u.w4)(e,r);if(o&&!(0,u.w4)(e,i))t({messageId:"singular",data:{key:r,expected:i},position:(0,u.T)(o),fix:{edits:[(0,u._1)(e,o,i)]}})}}});var E=n(9260);var T=n(2225);const O=["tags","categories","tag","category"];const L=(0,r.K)({id:"taxonomy-type",category:"tags",severity:"error",fixable:true,docs:{en:"Tags and categories are a list of words (`tags: [a, b]`). A comma string is one tag per word in Jekyll (commas kept), one single tag in Hugo; maps, nested lists and empty items are not tags.",ko:"태그와 카테고리는 단어 목록(`tags: [a, b]`)입니다. 쉼표 문자열은 Jekyll에서 공백 기준으로(쉼표 포함) 나뉘고 Hugo에서는 태그 하나가 됩니다. 맵, 중첩 목록, 빈 항목은 태그가 아닙니다."},messages:{commaString:{en:"`{key}: {value}` is a string with commas: {engine} reads it as {reading}; write a list `[{list}]`.",ko:"`{key}: {value}` 값은 쉼표가 든 문자열이라 {engine}에서 {reading}(으)로 읽힙니다. 목록 `[{list}]`으로 쓰세요."},wrongType:{en:"`{key}` must be a list of words, not {type}.",ko:"`{key}` 값은 단어 목록이어야 합니다({type} 아님)."},badItem:{en:"`{key}` item {index} is {type}; every item must be a word.",ko:"`{key}`의 {index}번째 항목이 {type}입니다. 모든 항목은 단어여야 합니다."}},check(e,t){if(!(0,u.BR)(e))return;for(const n of e.frontmatter.entries){if(!O.includes(n.key))continue;const r=n.value;const i=(0,u.TB)(e,n);if(r===null||r===undefined)continue;if(typeof r==="string"){if(!r.includes(","))continue;const o=(0,T.Pr)(r,false);const s=e.preset.taxonomyString==="split-on-spaces"&&(n.key==="tags"||n.key==="categories");const a=s?r.split(/\s+/).filter(Boolean).map(e=>`"${e}"`).join(" "):e.settings.lang==="ko"?`하나의 항목 "${r}"`:`one term "${r}"`;const l=n.key==="tag"?"tags":n.key==="category"?"categories":n.key;const c=(0,E.jx)(e,n,(0,E.Nr)(o,(0,E.ZX)(e,l)));t({messageId:"commaString",data:{key:n.key,value:r,engine:engineLabel(e.engine.name),reading:a,list:o.join(", ")},position:i,...c?{fix:c}:{}})}else if(Array.isArray(r)){r.forEach((e,r)=>{if(typeof e==="string"?e.trim()!=="":typeof e==="number")return;t({messageId:"badItem",data:{key:n.key,index:r+1,type:describe(e)},position:i})})}else if(typeof r!=="number"){t({messageId:"wrongType",data:{key:n.key,type:describe(r)},position:i})}}}});function engineLabel(e){return e==="markdown"?"the site":e[0].toUpperCase()+e.slice(1)}function describe(e){if(e===null||e===undefined)return"empty";if(Array.isArray(e))return"a list";if(typeof e==="object")return"a map";if(typeof e==="string")return"an empty string";return`a ${typeof e}`}var I=n(7280);var N=n(3572);const _=(0,r.K)({id:"tags-vocabulary",category:"tags",severity:"warning",postsOnly:true,fixable:false,docs:{en:"A new tag that nearly repeats one the blog already uses (differs by case, spaces, hyphens, a plural `s` or one letter: `kubernete` vs `kubernetes`) is named with the existing tag, so one topic keeps one tag page.",ko:"블로그에서 이미 쓰는 태그와 거의 같은 새 태그(대소문자, 공백, 하이픈, 복수형 `s`, 한 글자 차이: `kubernete`와 `kubernetes`)는 기존 태그를 알려 줍니다. 한 주제는 한 태그 페이지로 모입니다."},messages:{near:{en:"Tag `{tag}` is new to this blog, which already uses `{existing}` in {posts}; use that one.",ko:"`{tag}` 태그는 이 블로그에 처음 나옵니다. 이미 글 {posts}에서 쓰는 `{existing}` 태그를 쓰세요."}},check(e,t){const n=e.vocabulary;if(!n||!(0,u.BR)(e))return;const r=(0,u.w4)(e,"tags")??(0,u.w4)(e,"tag");if(!r)return;const i=(0,I.Fg)(e.frontmatter.data,(0,E.ZX)(e,"tags"),e.preset.taxonomyString==="split-on-spaces");for(const o of i){const i=(0,I.wV)(n,o,e.file);if(i&&e.engine.mergesTermSpellings&&(0,T.YD)(i.tag)===(0,T.YD)(o))continue;if(i)t({messageId:"near",data:{tag:o,existing:i.tag,posts:(0,N.U9)(e.settings.lang,i.posts,"post")},position:(0,u.TB)(e,r)})}}});var P=n(1869);const R=(0,r.K)({id:"title-heading-duplicate",category:"markdown",severity:"warning",fixable:false,docs:{en:"The body does not open with an H1 that repeats `title`: the theme already shows the title, so readers see it twice.",ko:"본문에 `title`과 같은 H1을 다시 쓰지 않습니다. 테마가 이미 제목을 보여 주므로 두 번 보입니다."},messages:{duplicate:{en:'This H1 repeats the post title "{title}"; the theme already shows it. Remove the heading.',ko:'이 H1은 글 제목("{title}")과 같습니다. 테마가 이미 제목을 보여 주니 지우세요.'}},check(e,t){const n=e.frontmatter?.data.title;if(typeof n!=="string"||n.trim()==="")return;const r=normalize(n);for(const i of e.tree.children){if(i.type!=="heading"||i.depth!==1||!i.position)continue;if(normalize((0,P.d)(i))!==r)continue;const{start:e,end:o}=i.position;t({messageId:"duplicate",data:{title:n.trim()},position:{line:e.line,column:e.column,endLine:o.line,endColumn:o.column}})}}});function normalize(e){return e.normalize("NFC").replace(/\s+/g," ").trim().toLowerCase()}const D=new Set(["alt","alt text","image","img","images","picture","photo","pic","screenshot","screen shot","untitled","placeholder","caption","enter image description here","description","이미지","사진","그림","스크린샷","캡처","캡쳐","대체 텍스트"]);const $=/\.(png|jpe?g|gif|webp|svg|bmp|heic|avif)$/i;const M=/^(pasted image|image|screenshot|스크린샷|screen shot|kakaotalk_photo|img)[\s_-]*\d[\d\s_.:-]*$/i;function isPlaceholderAlt(e){const t=e.normalize("NFC").trim().toLowerCase();return D.has(t)||$.test(t)||M.test(t)}function bodyImages(e){return e.filter(e=>e.kind!=="frontmatter")}function at(e){return{line:e.line,column:e.column,endLine:e.endLine,endColumn:e.endColumn}}const F=(0,r.K)({id:"image-alt-missing",category:"markdown",severity:"warning",fixable:false,docs:{en:"Images have alt text (`![what it shows](...)`): screen readers read it, and it shows when the image fails to load.",ko:"이미지에는 대체 텍스트(`![무엇을 보여 주는지](...)`)를 씁니다. 스크린 리더가 읽어 주고, 이미지가 안 뜰 때 보입니다."},messages:{missing:{en:"Image `{url}` has no alt text; describe what it shows.",ko:"이미지 `{url}`에 대체 텍스트가 없습니다. 무엇을 보여 주는지 적어 주세요."}},check(e,t){for(const n of bodyImages(e.images)){if(n.kind==="html"&&n.alt!==undefined)continue;if((n.alt??"").trim()==="")t({messageId:"missing",data:{url:n.url},position:at(n)})}}});const j=(0,r.K)({id:"image-alt-placeholder",category:"markdown",severity:"warning",fixable:false,docs:{en:"Alt text describes the image, not the editor's default (`Alt`, `image`, `Pasted image 2024...png`, a file name).",ko:"대체 텍스트는 편집기 기본값(`Alt`, `image`, `Pasted image 2024...png`, 파일 이름)이 아니라 이미지 내용을 설명해야 합니다."},messages:{placeholder:{en:'Alt text "{alt}" is a placeholder; describe what the image shows.',ko:'대체 텍스트("{alt}")는 임시 값입니다. 이미지가 보여 주는 내용을 적어 주세요.'}},check(e,t){for(const n of bodyImages(e.images)){const e=(n.alt??"").trim();if(e!==""&&isPlaceholderAlt(e))t({messageId:"placeholder",data:{alt:e},position:at(n)})}}});var q=n(6760);var B=n.n(q);const z=/^(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/(?:Users|home|var\/folders|private|tmp|mnt\/[a-z])\/)/;const U=/^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+/;function resolveImage(e,t){let n=e.trim();if(n==="")return{kind:"empty"};if(/^data:/i.test(n))return{kind:"data"};if(/^file:/i.test(n))return{kind:"file-url",path:decode(n.replace(/^file:\/*/i,"/").replace(/[?#].*$/,""))};if(z.test(n)||/(?:^|[\\/])typora-user-images[\\/]/i.test(n))return{kind:"os-absolute",path:n};let r=U.exec(n)?.[0]??"";n=n.slice(r.length);let i="";const o=/^(\{\{-?[ \t]*["'])([^"'{}]+)(["'][ \t]*\|[ \t]*(?:relative_url|absolute_url)[ \t]*-?\}\})$/.exec(n);if(o){r=o[1];n=o[2];i=o[3]}if(/\{\{|\{%/.test(n))return{kind:"template"};if(/^[a-z][a-z0-9+.-]*:/i.test(n)||n.startsWith("//"))return{kind:"remote"};const s=/[?#].*$/.exec(n)?.[0]??"";let a=decode(n.slice(0,n.length-s.length).replace(/\\/g,"/"));const l=t.baseUrl.replace(/\/$/,"");if(l&&l!=="/"&&a.startsWith(l+"/")){r+=l;a=a.slice(l.length)}const c=resolveInRepo(a,r,s+i,t);if(i&&c.kind==="repo")c.liquidFilter=true;return c}function resolveInRepo(e,t,n,r){const i=[];const o=r.mediaSubpath?.trim();if(r.cdn&&(e.startsWith("/")||o))return{kind:"remote"};let s;if(e.startsWith("/")){s="absolute";for(const t of r.publicRoots)i.push(B().posix.join(t||".",e))}else{if(o&&/^[a-z][a-z0-9+.-]*:|^\/\//i.test(o))return{kind:"remote"};s=o?"subpath":"relative";if(o)for(const t of r.publicRoots)i.push(B().posix.join(t||".",o,e));i.push(B().posix.join(B().posix.dirname(r.postFile),e))}const a=i.filter(e=>e!==".."&&!e.startsWith("../"));if(a.length===0)return{kind:"outside"};return{kind:"repo",candidates:a.map(e=>e.replace(/^\.\//,"")),style:s,prefix:t,suffix:n,path:e}}function decode(e){try{return decodeURI(e)}catch{return e}}function encodePath(e,t){const n=e.replace(/%/g,"%25");return t==="encode"?n.replace(/ /g,"%20"):n}function siteUrlPath(e,t){for(const n of[...t].sort((e,t)=>t.length-e.length)){if(n==="")continue;if(e.startsWith(n+"/"))return"/"+e.slice(n.length+1)}return"/"+e}function canonicalUrl(e,t,n){let r;if(e.style==="subpath"&&n.mediaSubpath){const e=B().posix.join(n.publicRoots[0]||".",n.mediaSubpath).replace(/^\.\//,"").replace(/^\//,"");r=t.startsWith(e+"/")?t.slice(e.length+1):siteUrlPath(t,n.publicRoots)}else if(e.style==="absolute"||n.preferAbsolute){r=siteUrlPath(t,n.publicRoots)}else{r=B().posix.relative(B().posix.dirname(n.postFile),t)}return e.prefix+encodePath(r,n.spaces)+e.suffix}const H=new WeakMap;function targets(e){let t=H.get(e);if(!t){const n=e.frontmatter?.data??{};const r=[n.media_subpath,n.img_path].find(e=>typeof e==="string");t=e.images.map(t=>{const n=resolveImage(t.url,{postFile:e.file,publicRoots:e.engine.publicRoots,baseUrl:e.site.baseUrl,...r?{mediaSubpath:r}:{},...e.site.cdn?{cdn:e.site.cdn}:{}});if(n.kind!=="repo")return{image:t,target:n};const i=n.candidates.length;for(const r of e.engine.imageCandidates(n.path,e.file,t.kind==="frontmatter"))if(!n.candidates.includes(r))n.candidates.push(r);return{image:t,target:n,rootCandidates:i,unknowable:e.engine.imageUnknowable(n.path,e.file)}});H.set(e,t)}return t}function fileUrlInRepo(e,t){const n=e.engine.publicRoots.map(e=>e?`${e}${t}`:t.slice(1));const r=n.find(t=>e.repo.has(t));if(r)return{path:e.repo.spelling(r),exists:true};const i=t.split("/").filter(Boolean);for(let t=1;t<i.length-1;t++){const n=i.slice(t).join("/");for(const t of e.engine.publicRoots){const r=t?`${t}/${n}`:n;if(e.repo.has(r))return{path:e.repo.spelling(r),exists:true}}}return{path:n[0],exists:false}}function image_path_at(e){return{line:e.line,column:e.column,endLine:e.endLine,endColumn:e.endColumn}}function spacePolicy(e){return e.options("image-url-style").spaces==="raw"?"raw":"encode"}function mediaSubpath(e){const t=e.frontmatter?.data??{};return[t.media_subpath,t.img_path].find(e=>typeof e==="string")}function replaceUrl(e,t){return e.urlRange?{edits:[{range:e.urlRange,text:t}]}:undefined}function preferredUrl(e,t,n){const r=mediaSubpath(e);return canonicalUrl(t,n,{postFile:e.file,publicRoots:e.engine.publicRoots,preferAbsolute:e.engine.rootAbsoluteImages,spaces:spacePolicy(e),...r?{mediaSubpath:r}:{}})}function uniqueByBaseName(e,t){const n=t.replace(/\\/g,"/").replace(/[?#].*$/,"").split("/").pop()??"";if(!n)return undefined;let r=n;try{r=decodeURIComponent(n)}catch{}const i=e.repo.byBaseName(r);return i.length===1?i[0]:undefined}const V=(0,r.K)({id:"image-file-url",category:"images",severity:"error",fixable:true,docs:{en:"Images are not `file:///` URLs: they point at the writer's own disk and break for every reader.",ko:"이미지 경로에 `file:///` URL을 쓰지 않습니다. 글쓴이 컴퓨터의 파일을 가리켜 독자에게는 깨져 보입니다."},messages:{fileUrl:{en:"Image `{url}` is a `file:///` URL that only works on the writer's computer; link `{fixed}` instead.",ko:"`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL입니다. `{fixed}`로 바꾸세요."},fileUrlMissing:{en:"Image `{url}` is a `file:///` URL that only works on the writer's computer, and `{path}` is not in the repository either: commit the image and link it.",ko:"`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL이고, 저장소에도 `{path}` 파일이 없습니다. 이미지를 커밋하고 그 경로로 바꾸세요."}},check(e,t){for(const{image:n,target:r}of targets(e)){if(r.kind!=="file-url")continue;const i=fileUrlInRepo(e,r.path);const o=encodePath(siteUrlPath(i.path,e.engine.publicRoots),spacePolicy(e));const s=i.exists?replaceUrl(n,o):undefined;t({messageId:i.exists?"fileUrl":"fileUrlMissing",data:{url:n.url,path:i.path,fixed:o},position:image_path_at(n),...s?{fix:s}:{}})}}});const K=(0,r.K)({id:"image-local-path",category:"images",severity:"error",fixable:true,docs:{en:"Images are not paths on the writer's machine (`C:\\Users\\...`, `/Users/me/...`, Typora's `typora-user-images`): the image was never committed.",ko:"이미지 경로가 글쓴이 컴퓨터 경로(`C:\\Users\\...`, `/Users/me/...`, Typora의 `typora-user-images`)면 안 됩니다. 이미지가 커밋되지 않았습니다."},messages:{localPath:{en:"Image `{url}` is a path on the writer's computer, so the image was never committed; add it to the repository and link it from there.",ko:"`{url}` 이미지는 글쓴이 컴퓨터의 경로라서 이미지가 커밋되지 않았습니다. 저장소에 추가하고 그 경로로 바꾸세요."},localPathFound:{en:"Image `{url}` is a path on the writer's computer; the repository has the same file at `{path}`: link `{fixed}`.",ko:"`{url}` 이미지는 글쓴이 컴퓨터의 경로입니다. 저장소의 `{path}` 파일과 이름이 같으니 `{fixed}`로 바꾸세요."}},check(e,t){for(const{image:n,target:r}of targets(e)){if(r.kind!=="os-absolute")continue;const i=uniqueByBaseName(e,n.url);if(!i){t({messageId:"localPath",data:{url:n.url},position:image_path_at(n)});continue}const o=encodePath(siteUrlPath(i,e.engine.publicRoots),spacePolicy(e));const s=replaceUrl(n,o);t({messageId:"localPathFound",data:{url:n.url,path:i,fixed:o},position:image_path_at(n),...s?{fix:s}:{}})}}});const Y=(0,r.K)({id:"image-outside-repo",category:"images",severity:"error",fixable:false,docs:{en:"Image paths stay inside the repository (no `../` past its root, no symlink leading out); such a file is never published, and the linter does not read it.",ko:"이미지 경로는 저장소 안에 있어야 합니다(루트를 벗어나는 `../`나 밖을 가리키는 심볼릭 링크 금지). 그런 파일은 게시되지 않고, 검사기도 읽지 않습니다."},messages:{outside:{en:"Image `{url}` points outside the repository; it will not be published.",ko:"`{url}` 이미지는 저장소 밖을 가리켜 게시되지 않습니다."}},check(e,t){for(const{image:n,target:r}of targets(e)){const i=r.kind==="outside"||r.kind==="repo"&&!r.candidates.some(t=>e.repo.has(t))&&r.candidates.some(t=>e.repo.escapes(t));if(i)t({messageId:"outside",data:{url:n.url},position:image_path_at(n)})}}});const W=(0,r.K)({id:"image-missing",category:"images",severity:"error",fixable:true,docs:{en:"Local images exist in the repository, with the exact case (GitHub Pages is case-sensitive, macOS is not).",ko:"로컬 이미지는 저장소에 대소문자까지 똑같이 있어야 합니다(GitHub Pages는 대소문자를 구분하고 macOS는 구분하지 않습니다)."},messages:{missing:{en:"Image `{url}` does not exist in the repository (looked for `{path}`).",ko:"`{url}` 이미지가 저장소에 없습니다(`{path}` 경로를 찾아봄)."},caseMismatch:{en:"Image `{url}` is `{actual}` on disk: the case differs, so it breaks on GitHub Pages.",ko:"이미지 `{url}`의 실제 파일은 `{actual}`입니다. 대소문자가 달라 GitHub Pages에서 깨집니다."}},check(e,t){for(const{image:n,target:r,unknowable:i}of targets(e)){if(r.kind!=="repo")continue;const o=r.candidates;if(o.some(t=>e.repo.has(t)||e.repo.escapes(t)))continue;const s=o.map(t=>e.repo.findLoose(t)).find(e=>e!==undefined);if(i&&!s)continue;if(s){const i=replaceUrl(n,preferredUrl(e,r,s));t({messageId:"caseMismatch",data:{url:n.url,actual:s},position:image_path_at(n),...i?{fix:i}:{}})}else t({messageId:"missing",data:{url:n.url,path:o[0]},position:image_path_at(n)})}}});const G=(0,r.K)({id:"image-url-style",category:"images",severity:"warning",fixable:true,docs:{en:"Local image URLs are written one way: `/` separators, spaces as `%20` (option `spaces: raw` keeps them), and root-absolute on Jekyll, where permalinks break relative paths (Hugo bundles and Chirpy `media_subpath` keep relative names).",ko:"로컬 이미지 URL은 한 가지 형식으로 씁니다. 구분자는 `/`, 공백은 `%20`(옵션 `spaces: raw`면 그대로), Jekyll에서는 퍼머링크 때문에 상대 경로가 깨지므로 루트 기준 절대 경로로 씁니다(Hugo 번들과 Chirpy `media_subpath`는 상대 이름 유지)."},messages:{style:{en:"Write image `{url}` as `{fixed}`.",ko:"`{url}` 이미지 경로는 `{fixed}`로 쓰세요."}},check(e,t){for(const{image:n,target:r,rootCandidates:i}of targets(e)){if(r.kind!=="repo"||!n.urlRange||r.liquidFilter)continue;const o=r.candidates.findIndex(t=>e.repo.has(t));if(o===-1||o>=(i??Infinity))continue;const s=r.candidates[o];const a=preferredUrl(e,r,e.repo.spelling(s));const l=e.source.text.slice(n.urlRange[0],n.urlRange[1]);if(l===a)continue;t({messageId:"style",data:{url:l,fixed:a},position:image_path_at(n),fix:{edits:[{range:n.urlRange,text:a}]}})}}});const J=(0,r.K)({id:"image-insecure",category:"images",severity:"warning",fixable:true,docs:{en:"Remote images use `https://`: GitHub Pages and most hosts serve the blog over https, and browsers block or flag `http://` images on it (mixed content).",ko:"원격 이미지는 `https://`로 씁니다. 블로그가 https로 제공되면 브라우저가 `http://` 이미지를 막거나 경고합니다(혼합 콘텐츠)."},messages:{insecure:{en:"Image `{url}` is loaded over http; use `{fixed}`.",ko:"`{url}` 이미지는 http로 불러옵니다. `{fixed}`를 쓰세요."}},check(e,t){for(const n of e.images){if(!/^http:\/\//i.test(n.url.trim()))continue;const r=n.url.trim().replace(/^http:/i,"https:");const i={line:n.line,column:n.column,endLine:n.endLine,endColumn:n.endColumn};const o=n.urlRange?e.source.text.slice(n.urlRange[0],n.urlRange[1]):"";const s=n.urlRange&&/^http:/i.test(o)?{edits:[{range:[n.urlRange[0],n.urlRange[0]+5],text:"https:"}]}:undefined;t({messageId:"insecure",data:{url:n.url,fixed:r},position:i,...s?{fix:s}:{}})}}});const Q=(0,r.K)({id:"image-hotlink",category:"images",severity:"off",fixable:false,docs:{en:"Off by default. Images come from the blog itself or from hosts listed in the option `allow` (e.g. your CDN); others can vanish, change or track readers.",ko:"기본값은 꺼짐. 이미지는 블로그 자체나 옵션 `allow`에 적은 호스트(예: 내 CDN)에서만 가져옵니다. 다른 곳의 이미지는 사라지거나 바뀌거나 독자를 추적할 수 있습니다."},messages:{hotlink:{en:"Image `{url}` is hot-linked from {host}; copy it into the repository or add the host to `allow`.",ko:"`{url}` 이미지는 {host}에서 직접 가져옵니다. 저장소에 복사하거나 호스트를 `allow`에 추가하세요."}},check(e,t){const n=Array.isArray(e.options("image-hotlink").allow)?e.options("image-hotlink").allow.map(String):[];for(const r of e.images){let e;try{const t=new URL(r.url.trim().replace(/^\/\//,"https://"));if(t.protocol!=="http:"&&t.protocol!=="https:")continue;e=t.hostname}catch{continue}if(n.some(t=>e===t||e.endsWith("."+t)))continue;t({messageId:"hotlink",data:{url:r.url,host:e},position:{line:r.line,column:r.column,endLine:r.endLine,endColumn:r.endColumn}})}}});var Z=n(7046);var X=n(3133);const ee=[i,o,s,a,f,h,m,g,k,b,w,x,S,C,L,E.Ay,_,R,F,j,V,K,Y,W,G,J,Q];const te=[X.W,...ee,...Z.F];const ne=new Map(te.map(e=>[e.id,e]))},7046:(e,t,n)=>{n.d(t,{X:()=>backtickValues,F:()=>Re});var r=n(9054);var i=n(6112);var o=n(6590);function lintRule(e,t){const n=typeof e==="string"?e:e.origin;const r=typeof e==="string"?undefined:e.url;const i=n.split(":");const s=i[1]?i[0]:undefined;const a=i[1];Object.defineProperty(plugin,"name",{value:n});return plugin;function plugin(e){const[n,i]=coerce(a,e);const l=n===2;if(!n)return;return function(e,n,c){let u=n.messages.length-1;(0,o.L)(t,function(e){const t=n.messages;if(e&&!t.includes(e)){try{n.fail(e)}catch{}}while(++u<t.length){Object.assign(t[u],{fatal:l,ruleId:a,source:s,url:r})}c()})(e,n,i)}}}function coerce(e,t){if(Array.isArray(t)){const[n,r]=t;switch(n){case false:case 0:case"off":{return[0,r]}case true:case 1:case"on":case"warn":{return[1,r]}case 2:case"error":{return[2,r]}default:{if(typeof n==="number"){throw new Error("Incorrect severity `"+n+"` for `"+e+"`, "+"expected 0, 1, or 2")}return[1,t]}}}return[1,t]}const s=point("end");const a=point("start");function point(e){return point;function point(t){const n=t&&t.position&&t.position[e]||{};if(typeof n.line==="number"&&n.line>0&&typeof n.column==="number"&&n.column>0){return{line:n.line,column:n.column,offset:typeof n.offset==="number"&&n.offset>-1?n.offset:undefined}}}}function position(e){const t=a(e);const n=s(e);if(t&&n){return{start:t,end:n}}}var l=n(4146);
/**
 * remark-lint rule to warn when block quotes are indented too much or
 * too little.
 *
 * ## What is this?
 *
 * This package checks the “indent” of block quotes: the `>` (greater than)
 * marker *and* the spaces before content.
 *
 * ## When should I use this?
 *
 * You can use this rule to check markdown code style.
 *
 * ## API
 *
 * ### `unified().use(remarkLintBlockquoteIndentation[, options])`
 *
 * Warn when block quotes are indented too much or too little.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — either a preferred indent or whether to detect the first style
 *   and warn for further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = number | 'consistent'
 * ```
 *
 * ## Recommendation
 *
 * CommonMark specifies that when block quotes are used the `>` markers can be
 * followed by an optional space.
 * No space at all arguably looks rather ugly:
 *
 * ```markdown
 * >Mars and
 * >Venus.
 * ```
 *
 * There is no specific handling of more that one space, so if 5 spaces were
 * used after `>`, then indented code kicks in:
 *
 * ```markdown
 * >     neptune()
 * ```
 *
 * Due to this, it’s recommended to configure this rule with `2`.
 *
 * [api-options]: #options
 * [api-remark-lint-blockquote-indentation]: #unifieduseremarklintblockquoteindentation-options
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module blockquote-indentation
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": 2, "name": "ok-2.md"}
 *
 *   > Mercury.
 *
 *   Venus.
 *
 *   > Earth.
 *
 * @example
 *   {"config": 4, "name": "ok-4.md"}
 *
 *   >   Mercury.
 *
 *   Venus.
 *
 *   >   Earth.
 *
 * @example
 *   { "name": "ok-tab.md"}
 *
 *   >␉Mercury.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   >  Mercury.
 *
 *   Venus.
 *
 *   >   Earth.
 *
 *   Mars.
 *
 *   > Jupiter
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   5:5: Unexpected `4` spaces between block quote marker and content, expected `3` spaces, remove `1` space
 *   9:3: Unexpected `2` spaces between block quote marker and content, expected `3` spaces, add `1` space
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok-options.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `number` or `'consistent'`
 */
const c=lintRule({origin:"remark-lint:blockquote-indentation",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-blockquote-indentation#readme"},function(e,t,n){let o;if(n===null||n===undefined||n==="consistent"){}else if(typeof n==="number"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `number` or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="blockquote")return;const s=a(e);const c=a(e.children[0]);if(c&&s){const r=c.column-s.column;if(o){const s=o-r;const a=Math.abs(s);if(s!==0){t.message("Unexpected `"+r+"` "+i("space",r)+" between block quote marker and content, expected `"+o+"` "+i("space",o)+", "+(s>0?"add":"remove")+" `"+a+"` "+i("space",a),{ancestors:[...n,e],place:c})}}else{o=r}}})});const u=c;var f=n(711);
/**
 * remark-lint rule to warn when list item checkboxes violate a given
 * style.
 *
 * ## What is this?
 *
 * This package checks the character used in checkboxes.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of GFM tasklists is
 * consistent.
 * Task lists are a GFM feature enabled with
 * [`remark-gfm`][github-remark-gfm].
 *
 * ## API
 *
 * ### `unified().use(remarkLintCheckboxCharacterStyle[, options])`
 *
 * Warn when list item checkboxes violate a given style.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — either preferred values or whether to detect the first styles
 *   and warn for further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Styles | 'consistent'
 * ```
 *
 * ### `Styles`
 *
 * Styles (TypeScript type).
 *
 * ###### Fields
 *
 * * `checked` (`'X'`, `'x'`, or `'consistent'`, default: `'consistent'`)
 *   — preferred style to use for checked checkboxes
 * * `unchecked` (`'␉'` (a tab), `'␠'` (a space), or `'consistent'`, default:
 *   `'consistent'`)
 *   — preferred style to use for unchecked checkboxes
 *
 * ## Recommendation
 *
 * It’s recommended to set `options.checked` to `'x'` (a lowercase X) as it
 * prevents an extra keyboard press and `options.unchecked` to `'␠'` (a space)
 * to make all checkboxes align.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats checked checkboxes
 * using `'x'` (lowercase X) and unchecked checkboxes using `'␠'` (a space).
 *
 * [api-options]: #options
 * [api-remark-lint-checkbox-character-style]: #unifieduseremarklintcheckboxcharacterstyle-options
 * [api-styles]: #styles
 * [github-remark-gfm]: https://github.com/remarkjs/remark-gfm
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module checkbox-character-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": {"checked": "x"}, "gfm": true, "name": "ok-x.md"}
 *
 *   - [x] Mercury.
 *   - [x] Venus.
 *
 * @example
 *   {"config": {"checked": "X"}, "gfm": true, "name": "ok-x-upper.md"}
 *
 *   - [X] Mercury.
 *   - [X] Venus.
 *
 * @example
 *   {"config": {"unchecked": " "}, "gfm": true, "name": "ok-space.md"}
 *
 *   - [ ] Mercury.
 *   - [ ] Venus.
 *   - [ ]␠␠
 *   - [ ]
 *
 * @example
 *   {"config": {"unchecked": "\t"}, "gfm": true, "name": "ok-tab.md"}
 *
 *   - [␉] Mercury.
 *   - [␉] Venus.
 *
 * @example
 *   {"label": "input", "gfm": true, "name": "not-ok-default.md"}
 *
 *   - [x] Mercury.
 *   - [X] Venus.
 *   - [ ] Earth.
 *   - [␉] Mars.
 * @example
 *   {"label": "output", "gfm": true, "name": "not-ok-default.md"}
 *
 *   2:5: Unexpected checked checkbox value `X`, expected `x`
 *   4:5: Unexpected unchecked checkbox value `\t`, expected ` `
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok-option.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected an object or `'consistent'`
 *
 * @example
 *   {"config": {"unchecked": "🌍"}, "label": "output", "name": "not-ok-option-unchecked.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options.unchecked`, expected `'\t'`, `' '`, or `'consistent'`
 *
 * @example
 *   {"config": {"checked": "🌍"}, "label": "output", "name": "not-ok-option-checked.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options.checked`, expected `'X'`, `'x'`, or `'consistent'`
 */
const d=lintRule({origin:"remark-lint:checkbox-character-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-checkbox-character-style#readme"},function(e,t,n){const i=String(t);let o;let s;let c;let u;if(n===null||n===undefined||n==="consistent"){}else if(typeof n==="object"){if(n.checked==="X"||n.checked==="x"){o=n.checked}else if(n.checked&&n.checked!=="consistent"){t.fail("Unexpected value `"+n.checked+"` for `options.checked`, expected `'X'`, `'x'`, or `'consistent'`")}if(n.unchecked==="\t"||n.unchecked===" "){c=n.unchecked}else if(n.unchecked&&n.unchecked!=="consistent"){t.fail("Unexpected value `"+n.unchecked+"` for `options.unchecked`, expected `'\\t'`, `' '`, or `'consistent'`")}}else{t.fail("Unexpected value `"+n+"` for `options`, expected an object or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="listItem")return;const d=e.children[0];const p=a(d);if(!d||!p||typeof e.checked!=="boolean"||typeof p.offset!=="number"){return}p.offset-=2;p.column-=2;const h=/\[([\t Xx])]/.exec(i.slice(p.offset-2,p.offset+1));if(!h)return;const m=h[1];const g=m==="\t"?"\\t":m;const y=e.checked?o:c;const k=y==="\t"?"\\t":y;if(!y){const t=new f.o((e.checked?"C":"Unc")+"hecked checkbox style `'"+g+"'` first defined for `'consistent'` here",{ancestors:[...n,e],place:p,ruleId:"checkbox-character-style",source:"remark-lint"});if(e.checked){o=m;s=t}else{c=m;u=t}}else if(m!==y){t.message("Unexpected "+(e.checked?"":"un")+"checked checkbox value `"+g+"`, expected `"+k+"`",{ancestors:[...n,e],cause:e.checked?s:u,place:p})}})});const p=d;
/**
 * remark-lint rule to warn when code blocks violate a given style.
 *
 * ## What is this?
 *
 * This package checks the style of code blocks.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of code blocks is
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintCodeBlockStyle[, options])`
 *
 * Warn when code blocks violate a given style.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Style | 'consistent'
 * ```
 *
 * ### `Style`
 *
 * Style (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Style = 'indented' | 'fenced'
 * ```
 *
 * ## Recommendation
 *
 * Indentation in markdown is complex as lists and indented code interfere in
 * unexpected ways.
 * Fenced code has more features than indented code: it can specify a
 * programming language.
 * Since CommonMark took the idea of fenced code from GFM,
 * fenced code became widely supported.
 * Due to this, it’s recommended to configure this rule with `'fenced'`.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] always formats code blocks as
 * fenced.
 * Pass `fences: false` to only use fenced code blocks when they have a
 * language and as indented code otherwise.
 *
 * [api-options]: #options
 * [api-remark-lint-code-block-style]: #unifieduseremarklintcodeblockstyle-options
 * [api-style]: #style
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module code-block-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": "indented", "name": "ok-indented.md"}
 *
 *       venus()
 *
 *   Mercury.
 *
 *       earth()
 *
 * @example
 *   {"config": "fenced", "name": "ok-fenced.md"}
 *
 *   ```
 *   venus()
 *   ```
 *
 *   Mercury.
 *
 *   ```
 *   earth()
 *   ```
 *
 * @example
 *   {"label": "input", "name": "not-ok-consistent.md"}
 *
 *       venus()
 *
 *   Mercury.
 *
 *   ```
 *   earth()
 *   ```
 * @example
 *   {"label": "output", "name": "not-ok-consistent.md"}
 *
 *   5:1-7:4: Unexpected fenced code block, expected indented code blocks
 *
 * @example
 *   {"config": "indented", "label": "input", "name": "not-ok-indented.md"}
 *
 *   ```
 *   venus()
 *   ```
 *
 *   Mercury.
 *
 *   ```
 *   earth()
 *   ```
 * @example
 *   {"config": "indented", "label": "output", "name": "not-ok-indented.md"}
 *
 *   1:1-3:4: Unexpected fenced code block, expected indented code blocks
 *   7:1-9:4: Unexpected fenced code block, expected indented code blocks
 *
 * @example
 *   {"config": "fenced", "label": "input", "name": "not-ok-fenced.md"}
 *
 *       venus()
 *
 *   Mercury.
 *
 *       earth()
 *
 * @example
 *   {"config": "fenced", "label": "output", "name": "not-ok-fenced.md"}
 *
 *   1:1-1:12: Unexpected indented code block, expected fenced code blocks
 *   5:1-5:12: Unexpected indented code block, expected fenced code blocks
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok-options.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'fenced'`, `'indented'`, or `'consistent'`
 */
const h=lintRule({origin:"remark-lint:code-block-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-code-block-style#readme"},function(e,t,n){const i=String(t);let o;let c;if(n===null||n===undefined||n==="consistent"){}else if(n==="indented"||n==="fenced"){c=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'fenced'`, `'indented'`, or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="code")return;const u=s(e);const d=a(e);if(!d||!u||typeof d.offset!=="number"||typeof u.offset!=="number"){return}const p=e.lang||/^ {0,3}([`~])/.test(i.slice(d.offset,u.offset))?"fenced":"indented";if(c){if(c!==p){t.message("Unexpected "+p+" code block, expected "+c+" code blocks",{ancestors:[...n,e],cause:o,place:{start:d,end:u}})}}else{c=p;o=new f.o("Code block style `'"+p+"'` first defined for `'consistent'` here",{ancestors:[...n,e],place:{start:d,end:u},source:"remark-lint",ruleId:"code-block-style"})}})});const m=h;
/**
 * remark-lint rule to warn when emphasis markers are inconsistent.
 *
 * ## What is this?
 *
 * This package checks the style of emphasis markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check that emphasis is consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintEmphasisMarker[, options])`
 *
 * Warn when emphasis markers are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Marker`
 *
 * Marker (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Marker = '*' | '_'
 * ```
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Marker | 'consistent'
 * ```
 *
 * ## Recommendation
 *
 * Whether asterisks or underscores are used affects how and whether emphasis
 * works.
 * Underscores are sometimes used to represent normal underscores inside words,
 * so there are extra rules in markdown to support that.
 * Asterisks are not used in natural language,
 * so they don’t need these rules,
 * and thus can form emphasis in more cases.
 * Asterisks can also be used as the marker of more constructs than underscores:
 * lists.
 * Due to having simpler parsing rules,
 * looking more like syntax,
 * and that they can be used for more constructs,
 * it’s recommended to prefer asterisks.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats emphasis with
 * asterisks by default.
 * Pass `emphasis: '_'` to always use underscores.
 *
 * [api-marker]: #marker
 * [api-options]: #options
 * [api-remark-lint-emphasis-marker]: #unifieduseremarklintemphasismarker-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module emphasis-marker
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": "*", "name": "ok-asterisk.md"}
 *
 *   *Mercury*.
 *
 * @example
 *   {"config": "*", "label": "input", "name": "not-ok-asterisk.md"}
 *
 *   _Mercury_.
 *
 * @example
 *   {"config": "*", "label": "output", "name": "not-ok-asterisk.md"}
 *
 *   1:1-1:10: Unexpected emphasis marker `_`, expected `*`
 *
 * @example
 *   {"config": "_", "name": "ok-underscore.md"}
 *
 *   _Mercury_.
 *
 * @example
 *   {"config": "_", "label": "input", "name": "not-ok-underscore.md"}
 *
 *   *Mercury*.
 *
 * @example
 *   {"config": "_", "label": "output", "name": "not-ok-underscore.md"}
 *
 *   1:1-1:10: Unexpected emphasis marker `*`, expected `_`
 *
 * @example
 *   {"label": "input", "name": "not-ok-consistent.md"}
 *
 *   *Mercury* and _Venus_.
 *
 * @example
 *   {"label": "output", "name": "not-ok-consistent.md"}
 *
 *   1:15-1:22: Unexpected emphasis marker `_`, expected `*`
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'*'`, `'_'`, or `'consistent'`
 */
const g=lintRule({origin:"remark-lint:emphasis-marker",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-emphasis-marker#readme"},function(e,t,n){const r=String(t);let i;let o;if(n===null||n===undefined||n==="consistent"){}else if(n==="*"||n==="_"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'*'`, `'_'`, or `'consistent'`")}(0,l.VG)(e,"emphasis",function(e,n){const s=a(e);if(s&&typeof s.offset==="number"){const a=r.charAt(s.offset);if(a!=="*"&&a!=="_")return;if(o){if(a!==o){t.message("Unexpected emphasis marker `"+a+"`, expected `"+o+"`",{ancestors:[...n,e],cause:i,place:e.position})}}else{o=a;i=new f.o("Emphasis marker style `'"+a+"'` first defined for `'consistent'` here",{ancestors:[...n,e],place:e.position,ruleId:"emphasis-marker",source:"remark-lint"})}}})});const y=g;
/**
 * remark-lint rule to warn when fenced code markers are
 * inconsistent.
 *
 * ## What is this?
 *
 * This package checks fenced code block markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check that fenced code block markers are
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintFencedCodeMarker[, options])`
 *
 * Warn when fenced code markers are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Marker`
 *
 * Marker (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Marker = '`' | '~'
 * ```
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Marker | 'consistent'
 * ```
 *
 * ## Recommendation
 *
 * Tildes are uncommon.
 * So it’s recommended to configure this rule with ``'`'``.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats fenced code with grave
 * accents by default.
 * Pass `fence: '~'` to always use tildes.
 *
 * [api-marker]: #marker
 * [api-options]: #options
 * [api-remark-lint-fenced-code-marker]: #unifieduseremarklintfencedcodemarker-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module fenced-code-marker
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok-indented.md"}
 *
 *   Indented code blocks are not affected by this rule:
 *
 *       mercury()
 *
 * @example
 *   {"config": "`", "name": "ok-tick.md"}
 *
 *   ```javascript
 *   mercury()
 *   ```
 *
 *   ```
 *   venus()
 *   ```
 *
 * @example
 *   {"config": "~", "name": "ok-tilde.md"}
 *
 *   ~~~javascript
 *   mercury()
 *   ~~~
 *
 *   ~~~
 *   venus()
 *   ~~~
 *
 * @example
 *   {"label": "input", "name": "not-ok-consistent-tick.md"}
 *
 *   ```javascript
 *   mercury()
 *   ```
 *
 *   ~~~
 *   venus()
 *   ~~~
 * @example
 *   {"label": "output", "name": "not-ok-consistent-tick.md"}
 *
 *   5:1-7:4: Unexpected fenced code marker `~`, expected `` ` ``
 *
 * @example
 *   {"label": "input", "name": "not-ok-consistent-tilde.md"}
 *
 *   ~~~javascript
 *   mercury()
 *   ~~~
 *
 *   ```
 *   venus()
 *   ```
 * @example
 *   {"label": "output", "name": "not-ok-consistent-tilde.md"}
 *
 *   5:1-7:4: Unexpected fenced code marker `` ` ``, expected `~`
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok-incorrect.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected ``'`'``, `'~'`, or `'consistent'`
 */
const k=lintRule({origin:"remark-lint:fenced-code-marker",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-fenced-code-marker#readme"},function(e,t,n){const i=String(t);let o;let s;if(n===null||n===undefined||n==="consistent"){}else if(n==="`"||n==="~"){s=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected ``'`'``, `'~'`, or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="code")return;const c=a(e);if(c&&typeof c.offset==="number"){const r=i.slice(c.offset,c.offset+4).replace(/^\s+/,"").charAt(0);if(r!=="`"&&r!=="~")return;if(s){if(r!==s){t.message("Unexpected fenced code marker "+(r==="~"?"`~`":"`` ` ``")+", expected "+(s==="~"?"`~`":"`` ` ``"),{ancestors:[...n,e],cause:o,place:e.position})}}else{s=r;o=new f.o("Fenced code marker style "+(r==="~"?"`'~'`":"``'`'``")+" first defined for `'consistent'` here",{ancestors:[...n,e],place:e.position,ruleId:"fenced-code-marker",source:"remark-lint"})}}})});const b=k;var w=n(7776);var x=n(807);
/**
 * remark-lint rule to warn when a final line ending is missing.
 *
 * ## What is this?
 *
 * This package checks the final line ending.
 *
 * ## When should I use this?
 *
 * You can use this package to check final line endings.
 *
 * ## API
 *
 * ### `unified().use(remarkLintFinalNewline)`
 *
 * Warn when a final line ending is missing.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * Turn this rule on.
 * See [StackExchange][] for more info.
 *
 * ## Fix
 *
 * [`remark-stringify`](https://github.com/remarkjs/remark/tree/main/packages/remark-stringify)
 * always adds final line endings.
 *
 * [api-remark-lint-final-newline]: #unifieduseremarklintfinalnewline
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 * [stackexchange]: https://unix.stackexchange.com/questions/18743
 *
 * ## Examples
 *
 * ##### `ok.md`
 *
 * ###### In
 *
 * ```markdown
 * Mercury␊
 * ```
 *
 * ###### Out
 *
 * No messages.
 *
 * ##### `not-ok.md`
 *
 * ###### In
 *
 * ```markdown
 * Mercury␀
 * ```
 *
 * ###### Out
 *
 * ```text
 * 1:8: Unexpected missing final newline character, expected line feed (`\n`) at end of file
 * ```
 *
 * @module final-newline
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 */
const v=lintRule({origin:"remark-lint:final-newline",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-final-newline#readme"},function(e,t){const n=String(t);const r=(0,x.C)(t).toPoint(n.length);const i=n.length-1;(0,w.ok)(r);if(i!==-1&&n.charAt(i)!=="\n"){t.message("Unexpected missing final newline character, expected line feed (`\\n`) at end of file",r)}});const S=v;var A=n(3617);
/**
 * remark-lint rule to warn when spaces are used for hard breaks.
 * Either optionally spaces at all,
 * or more spaces than the needed 2.
 *
 * ## What is this?
 *
 * This package checks whitespace hard breaks.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the spaces in hard breaks are
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintHardBreakSpaces[, options])`
 *
 * Warn when more spaces are used than needed for hard breaks.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — either a preferred indent or whether to detect the first style
 *   and warn for further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Fields
 *
 * * `allowSpaces` (`boolean`, default: `true`)
 *   — allow trailing space hard breaks at all;
 *   use escape hard breaks otherwise
 *
 * ## Recommendation
 *
 * Less than two spaces do not create a hard breaks and more than two spaces
 * have no effect.
 * Due to this, it’s recommended to turn this rule on.
 *
 * With CommonMark,
 * it is now possible to use a backslash (`\`) at the end of a line to create a
 * hard break.
 * It is now recommended to pass `allowSpaces: false`.
 *
 * [api-options]: #options
 * [api-remark-lint-hard-break-spaces]: #unifieduseremarklinthardbreakspaces-options
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module hard-break-spaces
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 * @example
 *   {"name": "ok.md"}
 *
 *   **Mercury** is the first planet from the Sun␠␠
 *   and the smallest in the Solar System.
 *   **Venus** is the second planet from\
 *   the Sun.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   **Mercury** is the first planet from the Sun␠␠␠
 *   and the smallest in the Solar System.
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:45-2:1: Unexpected `3` spaces for hard break, expected `2` spaces
 *
 * @example
 *   {"config": {"allowSpaces": false}, "label": "input", "name": "escape.md"}
 *
 *   **Mercury** is the first planet from the Sun␠␠
 *   and the smallest in the Solar System.
 *   **Venus** is the second planet from the\
 *   Sun.
 * @example
 *   {"config": {"allowSpaces": false}, "label": "output", "name": "escape.md"}
 *
 *   1:45-2:1: Unexpected `2` spaces for hard break, expected escape
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "containers.md"}
 *
 *   [^mercury]:
 *       > * > * **Mercury** is the first planet from the Sun␠␠␠
 *       >   >   and the smallest in the Solar System.
 * @example
 *   {"gfm": true, "label": "output", "name": "containers.md"}
 *
 *   2:57-3:1: Unexpected `3` spaces for hard break, expected `2` spaces
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok-options.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected object
 *
 * @example
 *   {"config": {"allowSpaces": "🌍"}, "label": "output", "name": "not-ok-options-field.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options.allowSpaces`, expected `boolean`
 */
const C=lintRule({origin:"remark-lint:hard-break-spaces",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-hard-break-spaces#readme"},function(e,t,n){const r=String(t);let i=true;if(n===null||n===undefined){}else if(typeof n==="object"){if(typeof n.allowSpaces==="boolean"){i=n.allowSpaces}else if(n.allowSpaces!==null&&n.allowSpaces!==undefined){t.fail("Unexpected value `"+n.allowSpaces+"` for `options.allowSpaces`, expected `boolean`")}}else{t.fail("Unexpected value `"+n+"` for `options`, expected object")}(0,A.YR)(e,"break",function(e){const n=s(e);const o=a(e);if(n&&o&&typeof n.offset==="number"&&typeof o.offset==="number"){const s=r.slice(o.offset,n.offset);let a=0;while(s.charCodeAt(a)===32)a++;if(i?a>2:a){t.message("Unexpected `"+a+"` spaces for hard break, expected "+(i?"`2` spaces":"escape"),e)}}})});const E=C;
/**
 * remark-lint rule to warn when heading ranks increment with more than
 * 1 at a time.
 *
 * ## What is this?
 *
 * This package checks the increase of headings.
 *
 * ## When should I use this?
 *
 * You can use this package to check the increase of headings.
 *
 * ## API
 *
 * ### `unified().use(remarkLintHeadingIncrement)`
 *
 * Warn when heading ranks increment with more than 1 at a time.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * While markdown is not only used for HTML,
 * HTML accessibility guidelines state that headings should increment by one at
 * a time.
 * As in,
 * say the previous heading had a rank of 2 (so `<h2>`),
 * then the following heading that is to be considered “inside” it should have
 * a rank of 3 (`<h3>`).
 * Due to this,
 * when HTML output is a goal of the document,
 * it’s recommended that this rule is turned on.
 *
 * [api-remark-lint-heading-increment]: #unifieduseremarklintheadingincrement
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module heading-increment
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Mercury
 *
 *   ## Nomenclature
 *
 * @example
 *   {"name": "also-ok.md"}
 *
 *   #### Impact basins and craters
 *
 *   #### Plains
 *
 *   #### Compressional features
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   # Mercury
 *
 *   ### Internal structure
 *
 *   ### Surface geology
 *
 *   ## Observation history
 *
 *   #### Mariner 10
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:1-3:23: Unexpected heading rank `3`, exected rank `2`
 *   5:1-5:20: Unexpected heading rank `3`, exected rank `2`
 *   9:1-9:16: Unexpected heading rank `4`, exected rank `3`
 *
 * @example
 *   {"label": "input", "name": "html.md"}
 *
 *   # Mercury
 *
 *   <b>Mercury</b> is the first planet from the Sun and the smallest
 *   in the Solar System.
 *
 *   <h3>Internal structure</h3>
 *
 *   <h2>Orbit, rotation, and longitude</h2>
 * @example
 *   {"label": "output", "name": "html.md"}
 *
 *   6:1-6:28: Unexpected heading rank `3`, exected rank `2`
 *
 * @example
 *   {"mdx": true, "name": "mdx.mdx"}
 *
 *   # Mercury
 *
 *   <b>Mercury</b> is the first planet from the Sun and the smallest
 *   in the Solar System.
 *
 *   <h3>Internal structure</h3>
 *
 *   <h2>Orbit, rotation, and longitude</h2>
 * @example
 *   {"label": "output", "mdx": true, "name": "mdx.mdx"}
 *
 *   6:1-6:28: Unexpected heading rank `3`, exected rank `2`
 */
const T=/<h([1-6])/;const O=/^h([1-6])$/;const L=lintRule({origin:"remark-lint:heading-increment",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-increment#readme"},function(e,t){const n=[];(0,l.VG)(e,function(e,r){const i=inferRank(e);if(i){let o=i;let s;while(o--){if(n[o]){s=n[o];break}}if(s){const n=s.at(-1);(0,w.ok)(n);const o=inferRank(n);(0,w.ok)(o);if(e.position&&i>o+1){t.message("Unexpected heading rank `"+i+"`, exected rank `"+(o+1)+"`",{ancestors:[...r,e],cause:new f.o("Parent heading defined here",{ancestors:s,place:n.position,source:"remark-lint",ruleId:"heading-increment"}),place:e.position})}}n[i]=[...r,e];n.length=i+1}})});const I=L;function inferRank(e){let t;if(e.type==="heading"){t=e.depth}else if(e.type==="html"){const n=e.value.match(T);t=n?Number(n[1]):undefined}else if((e.type==="mdxJsxFlowElement"||e.type==="mdxJsxTextElement")&&e.name){const n=e.name.match(O);t=n?Number(n[1]):undefined}return t}function headingStyle(e,t){const n=e.children[e.children.length-1];const r=e.depth;const i=e.position&&e.position.end;const o=n&&n.position&&n.position.end;if(!i){return undefined}if(!n){if(i.column-1<=r*2){return consolidate(r,t)}return"atx-closed"}if(o&&o.line+1===i.line){return"setext"}if(o&&o.column+r<i.column){return"atx-closed"}return consolidate(r,t)}function consolidate(e,t){return e<3?"atx":t==="atx"||t==="setext"?t:undefined}
/**
 * remark-lint rule to warn when headings violate a given style.
 *
 * ## What is this?
 *
 * This package checks the style of headings.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of headings is consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintHeadingStyle[, options])`
 *
 * Warn when headings violate a given style.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Style | 'consistent'
 * ```
 *
 * ### `Style`
 *
 * Style (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Style = 'atx' | 'atx-closed' | 'setext'
 * ```
 *
 * ## Recommendation
 *
 * Setext headings are limited in that they can only construct headings with a
 * rank of one and two.
 * They do allow multiple lines of content where ATX only allows one line.
 * The number of used markers in their underline does not matter,
 * leading to either:
 *
 * * 1 marker (`Hello\n-`),
 *   which is the bare minimum,
 *   and for rank 2 headings looks suspiciously like an empty list item
 * * using as many markers as the content (`Hello\n-----`),
 *   which is hard to maintain and diff
 * * an arbitrary number (`Hello\n---`), which for rank 2 headings looks
 *   suspiciously like a thematic break
 *
 * Setext headings are also uncommon.
 * Using a sequence of hashes at the end of ATX headings is even more uncommon.
 * Due to this,
 * it’s recommended to use ATX headings, without closing hashes.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats headings as ATX by default.
 * The other styles can be configured with `setext: true` or `closeAtx: true`.
 *
 * [api-options]: #options
 * [api-remark-lint-heading-style]: #unifieduseremarklintheadingstyle-options
 * [api-style]: #style
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module heading-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": "atx", "name": "ok.md"}
 *
 *   # Mercury
 *
 *   ## Venus
 *
 *   ### Earth
 *
 * @example
 *   {"config": "atx-closed", "name": "ok.md"}
 *
 *   # Mercury ##
 *
 *   ## Venus ##
 *
 *   ### Earth ###
 *
 * @example
 *   {"config": "setext", "name": "ok.md"}
 *
 *   Mercury
 *   =======
 *
 *   Venus
 *   -----
 *
 *   ### Earth
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   Mercury
 *   =======
 *
 *   ## Venus
 *
 *   ### Earth ###
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   4:1-4:9: Unexpected ATX heading, expected setext
 *   6:1-6:14: Unexpected ATX (closed) heading, expected setext
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'atx'`, `'atx-closed'`, `'setext'`, or `'consistent'`
 */
const N=lintRule({origin:"remark-lint:heading-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-style#readme"},function(e,t,n){let i;let o;if(n===null||n===undefined||n==="consistent"){}else if(n==="atx"||n==="atx-closed"||n==="setext"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'atx'`, `'atx-closed'`, `'setext'`, or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="heading")return;const s=position(e);const a=headingStyle(e,o);if(a){if(o){if(s&&a!==o){t.message("Unexpected "+displayStyle(a)+" heading, expected "+displayStyle(o),{ancestors:[...n,e],cause:i,place:s})}}else{o=a;i=new f.o("Heading style "+displayStyle(o)+" first defined for `'consistent'` here",{ancestors:[...n,e],place:s,ruleId:"heading-style",source:"remark-lint"})}}})});const _=N;function displayStyle(e){return e==="atx"?"ATX":e==="atx-closed"?"ATX (closed)":"setext"}
/**
 * remark-lint rule to warn when link title markers violate a given style.
 *
 * ## What is this?
 *
 * This package checks the style of link (*and* image and definition) title
 * markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of link title markers is
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintLinkTitleStyle[, options])`
 *
 * Warn when link title markers violate a given style.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Style | 'consistent'
 * ```
 *
 * ### `Style`
 *
 * Style (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Style = '"' | '\'' | '()'
 * ```
 *
 * ## Recommendation
 *
 * Before CommonMark, parens for titles were not supported in markdown.
 * They should now work in most places.
 * Parens do look a bit weird as they’re inside more parens:
 * `[text](url (title))`.
 *
 * In HTML, attributes are commonly written with double quotes.
 * Due to this, titles are almost exclusively wrapped in double quotes in
 * markdown, so it’s recommended to configure this rule with `'"'`.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats titles with double
 * quotes by default.
 * Pass `quote: "'"` to use single quotes.
 * There is no option to use parens.
 *
 * [api-options]: #options
 * [api-remark-lint-link-title-style]: #unifieduseremarklintlinktitlestyle-options
 * [api-style]: #style
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module link-title-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok-consistent.md"}
 *
 *   [Mercury](https://example.com/mercury/),
 *   [Venus](https://example.com/venus/ "Go to Venus"), and
 *   ![Earth](https://example.com/earth/ "Go to Earth").
 *
 *   [Mars]: https://example.com/mars/ "Go to Mars"
 *
 * @example
 *   {"label": "input", "name": "not-ok-consistent.md"}
 *
 *   [Mercury](https://example.com/mercury/ "Go to Mercury") and
 *   ![Venus](https://example.com/venus/ 'Go to Venus').
 *
 *   [Earth]: https://example.com/earth/ (Go to Earth)
 * @example
 *   {"label": "output", "name": "not-ok-consistent.md"}
 *
 *   2:1-2:51: Unexpected title markers `'`, expected `"`
 *   4:1-4:50: Unexpected title markers `'('` and `')'`, expected `"`
 *
 * @example
 *   {"config": "\"", "name": "ok-double.md"}
 *
 *   [Mercury](https://example.com/mercury/ "Go to Mercury").
 *
 * @example
 *   {"config": "\"", "label": "input", "name": "not-ok-double.md"}
 *
 *   [Mercury](https://example.com/mercury/ 'Go to Mercury').
 * @example
 *   {"config": "\"", "label": "output", "name": "not-ok-double.md"}
 *
 *   1:1-1:56: Unexpected title markers `'`, expected `"`
 *
 * @example
 *   {"config": "'", "name": "ok-single.md"}
 *
 *   [Mercury](https://example.com/mercury/ 'Go to Mercury').
 *
 * @example
 *   {"config": "'", "label": "input", "name": "not-ok-single.md"}
 *
 *   [Mercury](https://example.com/mercury/ "Go to Mercury").
 * @example
 *   {"config": "'", "label": "output", "name": "not-ok-single.md"}
 *
 *   1:1-1:56: Unexpected title markers `"`, expected `'`
 *
 * @example
 *   {"config": "()", "name": "ok-paren.md"}
 *
 *   [Mercury](https://example.com/mercury/ (Go to Mercury)).
 *
 * @example
 *   {"config": "()", "label": "input", "name": "not-ok-paren.md"}
 *
 *   [Mercury](https://example.com/mercury/ "Go to Mercury").
 * @example
 *   {"config": "()", "label": "output", "name": "not-ok-paren.md"}
 *
 *   1:1-1:56: Unexpected title markers `"`, expected `'('` and `')'`
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'"'`, `"'"`, `'()'`, or `'consistent'`
 *
 * @example
 *   {"config": "\"", "name": "ok-parens-in-url.md"}
 *
 *   Parens in URLs work correctly:
 *
 *   [Mercury](https://example.com/(mercury) "Go to Mercury") and
 *   [Venus](https://example.com/(venus)).
 *
 * @example
 *   {"config": "\"", "name": "ok-whitespace.md"}
 *
 *   Trailing whitespace works correctly:
 *
 *   [Mercury](https://example.com/mercury/␠"Go to Mercury"␠).
 */
const P=lintRule({origin:"remark-lint:link-title-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-link-title-style#readme"},function(e,t,n){const r=String(t);let i;let o;if(n===null||n===undefined||n==="consistent"){}else if(n==="("){i="()"}else if(n==='"'||n==="'"||n==="()"){i=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'\"'`, `\"'\"`, `'()'`, or `'consistent'`")}(0,l.VG)(e,function(e,n){if(e.type==="definition"||e.type==="image"||e.type==="link"){if(!e.title)return;const a=s(e);let l=a?a.offset:undefined;if(!l)return;if(e.type!=="definition")l--;let c=r.charCodeAt(l-1);while(c===9||c===32){l--;c=r.charCodeAt(l-1)}const u=c===34?'"':c===39?"'":c===41?"()":undefined;if(!u)return;if(i){if(u!==i){t.message("Unexpected title markers "+remark_lint_link_title_style_displayStyle(u)+", expected "+remark_lint_link_title_style_displayStyle(i),{ancestors:[...n,e],cause:o,place:e.position})}}else{i=u;o=new f.o("Title marker style "+remark_lint_link_title_style_displayStyle(i)+" first defined for `'consistent'` here",{ancestors:[...n,e],place:e.position,ruleId:"link-title-style",source:"remark-lint"})}}})});const R=P;function remark_lint_link_title_style_displayStyle(e){return e==='"'?'`"`':e==="'"?"`'`":"`'('` and `')'`"}
/**
 * remark-lint rule to warn when list item markers are indented.
 *
 * ## What is this?
 *
 * This package checks indentation before list item markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of list items is
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintListItemBulletIndent)`
 *
 * Warn when list item markers are indented.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * There is no specific handling of indented list items in markdown.
 * While it is possible to use an indent to align ordered lists on their marker:
 *
 * ```markdown
 *   1. Mercury
 *  10. Venus
 * 100. Earth
 * ```
 *
 * …such a style is uncommon and hard to maintain as adding a 10th item
 * means 9 other items have to change (more arduous while unlikely would be
 * the 100th item).
 * So it is recommended to not indent items and to turn this rule on.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats all items without
 * indent.
 *
 * [api-remark-lint-list-item-bullet-indent]: #unifieduseremarklintlistitembulletindent
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module list-item-bullet-indent
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 * @example
 *   {"name": "ok.md"}
 *
 *   Mercury.
 *
 *   * Venus.
 *   * Earth.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   Mercury.
 *
 *   ␠* Venus.
 *   ␠* Earth.
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:2: Unexpected `1` space before list item, expected `0` spaces, remove them
 *   4:2: Unexpected `1` space before list item, expected `0` spaces, remove them
 */
const D=lintRule({origin:"remark-lint:list-item-bullet-indent",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-bullet-indent#readme"},function(e,t){const n=a(e);if(!e||e.type!=="root"||!n)return;for(const r of e.children){if(r.type!=="list")continue;const o=r;for(const r of o.children){const s=a(r);if(!s)continue;const l=s.column-n.column;if(l){t.message("Unexpected `"+l+"` "+i("space",l)+" before list item, expected `0` spaces, remove them",{ancestors:[e,o,r],place:s})}}}});const $=D;
/**
 * remark-lint rule to warn when the indent of list item content is not
 * consistent.
 *
 * ## What is this?
 *
 * This package checks the indent of list item content.
 * It checks the first thing in a list item and makes sure that all other
 * children have the same indent.
 *
 * ## When should I use this?
 *
 * You can use this package to check that list item content is indented
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintListItemContentIndent)`
 *
 * Warn when the indent of list item content is not consistent.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * The position of the first child in a list item matters.
 * Further children should align with it.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] aligns the content of items.
 *
 * [api-remark-lint-list-item-content-indent]: #unifieduseremarklintlistitemcontentindent
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module list-item-content-indent
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   1.␠Mercury.
 *   ␠␠␠***
 *   ␠␠␠* Venus.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   1.␠Mercury.
 *   ␠␠␠␠␠***
 *   ␠␠␠␠* Venus.
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   2:6: Unexpected unaligned list item child, expected to align with first child, remove `2` spaces
 *   3:5: Unexpected unaligned list item child, expected to align with first child, remove `1` space
 *
 * @example
 *   {"name": "ok-more.md"}
 *
 *   *␠␠␠Mercury.
 *   ␠␠␠␠***
 *
 * @example
 *   {"label": "input", "name": "not-ok-more.md"}
 *
 *   *␠␠␠Mercury.
 *   ␠␠␠␠␠␠***
 * @example
 *   {"label": "output", "name": "not-ok-more.md"}
 *
 *   2:7: Unexpected unaligned list item child, expected to align with first child, remove `2` spaces
 *
 * @example
 *   {"label": "input", "gfm": true, "name": "gfm-nok.md"}
 *
 *   1.␠[x] Mercury
 *   ␠␠␠␠␠***
 *   ␠␠␠␠* Venus
 * @example
 *   {"label": "output", "gfm": true, "name": "gfm-nok.md"}
 *
 *    2:6: Unexpected unaligned list item child, expected to align with first child, remove `2` spaces
 *    3:5: Unexpected unaligned list item child, expected to align with first child, remove `1` space
 *
 * @example
 *   {"label": "input", "name": "initial-blank.md"}
 *
 *   *
 *   ␠␠␠␠␠asd
 *
 *   ␠␠***
 * @example
 *   {"label": "output", "name": "initial-blank.md"}
 *
 *    4:3: Unexpected unaligned list item child, expected to align with first child, add `3` spaces
 */
const M=lintRule({origin:"remark-lint:list-item-content-indent",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-content-indent#readme"},function(e,t){const n=String(t);let o;(0,l.VG)(e,function(e,s){if((0,r.f)(e)){return l._Z}if(e.type!=="listItem")return;let c=-1;let u;while(++c<e.children.length){const r=e.children[c];const l=a(r);if(!l||typeof l.offset!=="number"){continue}let d=l.column;if(c===0&&typeof e.checked==="boolean"){let e=l.offset-1;while(e>0&&n.charCodeAt(e)!==91){e--}d-=l.offset-e}if(u){if(d!==u){const n=u-d;const a=Math.abs(n);t.message("Unexpected unaligned list item child, expected to align with first child, "+(n>0?"add":"remove")+" `"+a+"` "+i("space",a),{ancestors:[...s,e,r],cause:o,place:l})}}else{u=d;o=new f.o("Alignment of first child first defined here",{ancestors:[...s,e,r],place:l,ruleId:"list-item-content-indent",source:"remark-lint"})}}})});const F=M;
/**
 * remark-lint rule to warn when the whitespace after list item markers violate
 * a given style.
 *
 * ## What is this?
 *
 * This package checks the style of whitespace after list item markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of whitespace after list
 * item markers and before content is consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintListItemIndent[, options])`
 *
 * Warn when the whitespace after list item markers violate a given style.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'one'`)
 *   — preferred style
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * * `'mixed'`
 *   — prefer `'one'` for tight lists and `'tab'` for loose lists
 * * `'one'`
 *   — prefer the size of the bullet and a single space
 * * `'tab'`
 *   — prefer the size of the bullet and a single space to the next tab stop
 *
 * ###### Type
 *
 * ```ts
 * type Options = 'mixed' | 'one' | 'tab'
 * ```
 *
 * ## Recommendation
 *
 * First some background.
 * The number of spaces that occur after list markers (`*`, `-`, and `+` for
 * unordered lists and `.` and `)` for unordered lists) and before the content
 * on the first line,
 * defines how much indentation can be used for further lines.
 * At least one space is required and up to 4 spaces are allowed.
 * If there is no further content after the marker then it’s a blank line which
 * is handled as if there was one space.
 * If there are 5 or more spaces and then content then it’s also seen as one
 * space and the rest is seen as indented code.
 *
 * Regardless of ordered and unordered,
 * there are two kinds of lists in markdown,
 * tight and loose.
 * Lists are tight by default but if there is a blank line between two list
 * items or between two blocks inside an item,
 * that turns the whole list into a loose list.
 * When turning markdown into HTML,
 * paragraphs in tight lists are not wrapped in `<p>` tags.
 *
 * How indentation of lists works in markdown has historically been a mess,
 * especially with how they interact with indented code.
 * CommonMark made that a *lot* better,
 * but there remain (documented but complex) edge cases and some behavior
 * intuitive.
 * Due to this, `'tab'` works the best in most markdown parsers *and* in
 * CommonMark.
 * Currently the situation between markdown parsers is better,
 * so the default `'one'`,
 * which seems to be the most common style used by authors,
 * is okay.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] uses `listItemIndent: 'one'`
 * by default.
 * `listItemIndent: 'mixed'` or `listItemIndent: 'tab'` is also supported.
 *
 * [api-options]: #options
 * [api-remark-lint-list-item-indent]: #unifieduseremarklintlistitemindent-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module list-item-indent
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   *␠Mercury.
 *   *␠Venus.
 *
 *   111.␠Earth
 *   ␠␠␠␠␠and Mars.
 *
 *   *␠**Jupiter**.
 *
 *   ␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠System.
 *
 *   *␠Saturn.
 *
 *   ␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 *
 * @example
 *   {"config": "mixed", "name": "ok.md"}
 *
 *   *␠Mercury.
 *   *␠Venus.
 *
 *   111.␠Earth
 *   ␠␠␠␠␠and Mars.
 *
 *   *␠␠␠**Jupiter**.
 *
 *   ␠␠␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠␠␠System.
 *
 *   *␠␠␠Saturn.
 *
 *   ␠␠␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 *
 * @example
 *   {"config": "mixed", "label": "input", "name": "not-ok.md"}
 *
 *   *␠␠␠Mercury.
 *   *␠␠␠Venus.
 *
 *   111.␠␠␠␠Earth
 *   ␠␠␠␠␠␠␠␠and Mars.
 *
 *   *␠**Jupiter**.
 *
 *   ␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠System.
 *
 *   *␠Saturn.
 *
 *   ␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 * @example
 *   {"config": "mixed", "label": "output", "name": "not-ok.md"}
 *
 *   1:5: Unexpected `3` spaces between list item marker and content in tight list, expected `1` space, remove `2` spaces
 *   2:5: Unexpected `3` spaces between list item marker and content in tight list, expected `1` space, remove `2` spaces
 *   4:9: Unexpected `4` spaces between list item marker and content in tight list, expected `1` space, remove `3` spaces
 *   7:3: Unexpected `1` space between list item marker and content in loose list, expected `3` spaces, add `2` spaces
 *   12:3: Unexpected `1` space between list item marker and content in loose list, expected `3` spaces, add `2` spaces
 *
 * @example
 *   {"config": "one", "name": "ok.md"}
 *
 *   *␠Mercury.
 *   *␠Venus.
 *
 *   111.␠Earth
 *   ␠␠␠␠␠and Mars.
 *
 *   *␠**Jupiter**.
 *
 *   ␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠System.
 *
 *   *␠Saturn.
 *
 *   ␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 *
 * @example
 *   {"config": "one", "label": "input", "name": "not-ok.md"}
 *
 *   *␠␠␠Mercury.
 *   *␠␠␠Venus.
 *
 *   111.␠␠␠␠Earth
 *   ␠␠␠␠␠␠␠␠and Mars.
 *
 *   *␠␠␠**Jupiter**.
 *
 *   ␠␠␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠␠␠System.
 *
 *   *␠␠␠Saturn.
 *
 *   ␠␠␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 * @example
 *   {"config": "one", "label": "output", "name": "not-ok.md"}
 *
 *   1:5: Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces
 *   2:5: Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces
 *   4:9: Unexpected `4` spaces between list item marker and content, expected `1` space, remove `3` spaces
 *   7:5: Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces
 *   12:5: Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces
 *
 * @example
 *   {"config": "tab", "name": "ok.md"}
 *
 *   *␠␠␠Mercury.
 *   *␠␠␠Venus.
 *
 *   111.␠␠␠␠Earth
 *   ␠␠␠␠␠␠␠␠and Mars.
 *
 *   *␠␠␠**Jupiter**.
 *
 *   ␠␠␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠␠␠System.
 *
 *   *␠␠␠Saturn.
 *
 *   ␠␠␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 *
 * @example
 *   {"config": "tab", "label": "input", "name": "not-ok.md"}
 *
 *   *␠Mercury.
 *   *␠Venus.
 *
 *   111.␠Earth
 *   ␠␠␠␠␠and Mars.
 *
 *   *␠**Jupiter**.
 *
 *   ␠␠Jupiter is the fifth planet from the Sun and the largest in the Solar
 *   ␠␠System.
 *
 *   *␠Saturn.
 *
 *   ␠␠Saturn is the sixth planet from the Sun and the second-largest in the Solar System, after Jupiter.
 * @example
 *   {"config": "tab", "label": "output", "name": "not-ok.md"}
 *
 *   1:3: Unexpected `1` space between list item marker and content, expected `3` spaces, add `2` spaces
 *   2:3: Unexpected `1` space between list item marker and content, expected `3` spaces, add `2` spaces
 *   4:6: Unexpected `1` space between list item marker and content, expected `4` spaces, add `3` spaces
 *   7:3: Unexpected `1` space between list item marker and content, expected `3` spaces, add `2` spaces
 *   12:3: Unexpected `1` space between list item marker and content, expected `3` spaces, add `2` spaces
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'mixed'`, `'one'`, or `'tab'`
 *
 * @example
 *   {"config": "mixed", "gfm": true, "label": "input", "name": "gfm.md"}
 *
 *   *␠[x] Mercury.
 *
 *   1.␠␠[ ] Venus.
 *
 *   2.␠␠[ ] Earth.
 *
 * @example
 *   {"config": "one", "gfm": true, "name": "gfm.md"}
 *
 *   *␠[x] Mercury.
 *
 *   1.␠[ ] Venus.
 *
 *   2.␠[ ] Earth.
 *
 * @example
 *   {"config": "tab", "gfm": true, "name": "gfm.md"}
 *
 *   *␠␠␠[x] Mercury.
 *
 *   1.␠␠[ ] Venus.
 *
 *   2.␠␠[ ] Earth.
 *
 * @example
 *   {"config": "mixed", "name": "loose-tight.md"}
 *
 *   Loose lists have blank lines between items:
 *
 *   *␠␠␠Mercury.
 *
 *   *␠␠␠Venus.
 *
 *   …or between children of items:
 *
 *   1.␠␠Earth.
 *
 *   ␠␠␠␠Earth is the third planet from the Sun and the only astronomical
 *   ␠␠␠␠object known to harbor life.
 */
const j=lintRule({origin:"remark-lint:list-item-indent",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-indent#readme"},function(e,t,n){const o=String(t);let s;if(n===null||n===undefined){s="one"}else if(n==="space"){t.fail("Unexpected value `"+n+"` for `options`, expected `'one'`")}else if(n==="tab-size"){t.fail("Unexpected value `"+n+"` for `options`, expected `'tab'`")}else if(n==="mixed"||n==="one"||n==="tab"){s=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'mixed'`, `'one'`, or `'tab'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="list")return;let c=e.spread;if(!c){for(const t of e.children){if(t.spread){c=true;break}}}for(const r of e.children){const l=r.children[0];const u=a(r);const f=a(l);if(u&&f&&typeof u.offset==="number"&&typeof f.offset==="number"){let a=o.slice(u.offset,f.offset);const l=a.indexOf("[");if(l!==-1)a=a.slice(0,l);const d=a.length;let p=d;let h=a.charCodeAt(p-1);while(h===9||h===32){p--;h=a.charCodeAt(p-1)}let m=p+1;if(s==="tab"||s==="mixed"&&c){m=Math.ceil(m/4)*4}const g=m-p;const y=d-p;if(y!==g){const o=g-y;const a=Math.abs(o);t.message("Unexpected `"+y+"` "+i("space",y)+" between list item marker and content"+(s==="mixed"?" in "+(c?"loose":"tight")+" list":"")+", expected `"+g+"` "+i("space",g)+", "+(o>0?"add":"remove")+" `"+a+"` "+i("space",a),{ancestors:[...n,e,r],place:f})}}}})});const q=j;
/**
 * remark-lint rule to warn for lazy lines in block quotes.
 *
 * ## What is this?
 *
 * This package checks the style of block quotes.
 *
 * ## When should I use this?
 *
 * You can use this package to check that the style of block quotes is
 * consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoBlockquoteWithoutMarker)`
 *
 * Warn for lazy lines in block quotes.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * Rules around lazy lines are not straightforward and visually confusing,
 * so it’s recommended to start each line with a `>`.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] adds `>` markers to every line
 * in a block quote.
 *
 * [api-remark-lint-no-blockquote-without-marker]: #unifieduseremarklintnoblockquotewithoutmarker
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-blockquote-without-marker
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 * @example
 *   {"name": "ok.md"}
 *
 *   > Mercury,
 *   > Venus,
 *   > and Earth.
 *
 *   Mars.
 *
 * @example
 *   {"name": "ok-tabs.md"}
 *
 *   >␉Mercury,
 *   >␉Venus,
 *   >␉and Earth.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   > Mercury,
 *   Venus,
 *   > and Earth.
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   2:1: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 *
 * @example
 *   {"label": "input", "name": "not-ok-tabs.md"}
 *
 *   >␉Mercury,
 *   ␉Venus,
 *   and Earth.
 * @example
 *   {"label": "output", "name": "not-ok-tabs.md"}
 *
 *   2:2: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 *   3:1: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 *
 * @example
 *   {"label": "input", "name": "containers.md"}
 *
 *   * > Mercury and
 *   Venus.
 *
 *   > * Mercury and
 *     Venus.
 *
 *   * > * Mercury and
 *       Venus.
 *
 *   > * > Mercury and
 *         Venus.
 *
 *   ***
 *
 *   > * > Mercury and
 *   >     Venus.
 * @example
 *   {"label": "output", "name": "containers.md"}
 *
 *   2:1: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 *   5:3: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 *   8:5: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 *   11:7: Unexpected `0` block quote markers before paragraph line, expected `2` markers, add `2` markers
 *   16:7: Unexpected `1` block quote marker before paragraph line, expected `2` markers, add `1` marker
 */
const B=lintRule({origin:"remark-lint:no-blockquote-without-marker",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-blockquote-without-marker#readme"},function(e,t){const n=String(t);const o=(0,x.C)(t);(0,l.VG)(e,function(e,c){if((0,r.f)(e)){return l._Z}if(e.type!=="paragraph")return;let u=0;for(const e of c){if(e.type==="blockquote"){u++}else if(e.type==="containerDirective"||e.type==="footnoteDefinition"||e.type==="list"||e.type==="listItem"||e.type==="root"){}else{return l._Z}}if(!u)return l._Z;const f=s(e);const d=a(e);if(!f||!d)return l._Z;let p=d.line;while(++p<=f.line){const r=o.toOffset({line:p,column:1});(0,w.ok)(r!==undefined);let s=0;let a=r;while(a<n.length){const e=n.charCodeAt(a);if(e===9||e===32){}else if(e===62){s++}else{break}a++}const l=o.toPoint(a);(0,w.ok)(l);const f=u-s;if(f){t.message("Unexpected `"+s+"` block quote "+i("marker",s)+" before paragraph line, expected `"+u+"` "+i("marker",u)+", add `"+f+"` "+i("marker",f),{ancestors:[...c,e],place:l})}}})});const z=B;
/**
 * remark-lint rule to warn when identifiers are defined multiple times.
 *
 * ## What is this?
 *
 * This package checks that defined identifiers are unique.
 *
 * ## When should I use this?
 *
 * You can use this package to check that definitions are useful.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoDuplicateDefinitions)`
 *
 * Warn when identifiers are defined multiple times.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * It’s a mistake when the same identifier is defined multiple times.
 *
 * [api-remark-lint-no-duplicate-definitions]: #unifieduseremarklintnoduplicatedefinitions
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-duplicate-definitions
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   [mercury]: https://example.com/mercury/
 *   [venus]: https://example.com/venus/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [mercury]: https://example.com/mercury/
 *   [mercury]: https://example.com/venus/
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   2:1-2:38: Unexpected definition with an already defined identifier (`mercury`), expected unique identifiers
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "gfm.md"}
 *
 *   Mercury[^mercury].
 *
 *   [^mercury]:
 *     Mercury is the first planet from the Sun and the smallest in the Solar
 *     System.
 *
 *   [^mercury]:
 *     Venus is the second planet from the Sun.
 *
 * @example
 *   {"gfm": true, "label": "output", "name": "gfm.md"}
 *
 *   7:1-7:12: Unexpected footnote definition with an already defined identifier (`mercury`), expected unique identifiers
 */
const U=[];const H=lintRule({origin:"remark-lint:no-duplicate-definitions",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-definitions#readme"},function(e,t){const n=new Map;const i=new Map;(0,l.VG)(e,function(e,o){if((0,r.f)(e)){return l._Z}const[s,a]=e.type==="definition"?[n,e.identifier]:e.type==="footnoteDefinition"?[i,e.identifier]:U;if(s&&a&&e.position){const n=[...o,e];const r=s.get(a);if(r){const i=r.at(-1);(0,w.ok)(i);t.message("Unexpected "+(e.type==="footnoteDefinition"?"footnote ":"")+"definition with an already defined identifier (`"+a+"`), expected unique identifiers",{ancestors:n,cause:new f.o("Identifier already defined here",{ancestors:r,place:i.position,source:"remark-lint",ruleId:"no-duplicate-definitions"}),place:e.position})}s.set(a,n)}})});const V=H;
/**
 * remark-lint rule to warn when empty URLs are used.
 *
 * ## What is this?
 *
 * This package checks URLs of definitions, images, and links.
 *
 * ## When should I use this?
 *
 * You can use this package to check that URLs of definitions, images, and
 * links are not empty.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoEmptyUrl)`
 *
 * Warn when empty URLs are used.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * While it is possible to omit URLs in links and images,
 * that typically indicates a “placeholder” or something that has to be filled
 * out later.
 * It’s recommended to fill them out.
 *
 * [api-remark-lint-no-empty-url]: #unifieduseremarklintnoemptyurl
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-empty-url
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   [Mercury](https://example.com/mercury/).
 *
 *   ![Venus](https://example.com/venus/ "Go to Venus").
 *
 *   [earth]: https://example.com/earth/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [Mercury]().
 *
 *   ![Venus](#).
 *
 *   [earth]: <>
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-1:12: Unexpected empty link URL referencing the current document, expected URL
 *   3:1-3:12: Unexpected empty image URL referencing the current document, expected URL
 *   5:1-5:12: Unexpected empty definition URL referencing the current document, expected URL
 */
const K=lintRule({origin:"remark-lint:no-empty-url",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-empty-url#readme"},function(e,t){(0,l.VG)(e,function(e,n){if((e.type==="definition"||e.type==="image"||e.type==="link")&&e.position&&(!e.url||e.url==="#"||e.url==="?")){t.message("Unexpected empty "+e.type+" URL referencing the current document, expected URL",{ancestors:[...n,e],place:e.position})}})});const Y=K;
/**
 * remark-lint rule to warn when extra whitespace is used between hashes and
 * content in headings.
 *
 * ## What is this?
 *
 * This package checks whitespace between hashes and content.
 *
 * ## When should I use this?
 *
 * You can use this package to check that headings are consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoHeadingContentIndent)`
 *
 * Warn when extra whitespace is used between hashes and content in headings.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * One space is required and more than one space has no effect.
 * Due to this, it’s recommended to turn this rule on.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats headings with one space.
 *
 * [api-remark-lint-no-heading-content-indent]: #unifieduseremarklintnoheadingcontentindent
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-heading-content-indent
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   #␠Mercury
 *
 *   ##␠Venus␠##
 *
 *   ␠␠##␠Earth
 *
 *   Setext headings are not affected:
 *
 *   ␠Mars
 *   =====
 *
 *   ␠Jupiter
 *   --------
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   #␠␠Mercury
 *
 *   ##␠Venus␠␠##
 *
 *   ␠␠##␠␠␠Earth
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:4: Unexpected `2` spaces between hashes and content, expected `1` space, remove `1` space
 *   3:11: Unexpected `2` spaces between content and hashes, expected `1` space, remove `1` space
 *   5:8: Unexpected `3` spaces between hashes and content, expected `1` space, remove `2` spaces
 *
 * @example
 *   {"label": "input", "name": "empty-heading.md"}
 *
 *   #␠␠
 * @example
 *   {"label": "output", "name": "empty-heading.md"}
 *
 *   1:4: Unexpected `2` spaces between hashes and content, expected `1` space, remove `1` space
 */
const W=lintRule({origin:"remark-lint:no-heading-content-indent",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-content-indent#readme"},function(e,t){const n=String(t);(0,l.VG)(e,function(e,o){if((0,r.f)(e)){return l._Z}if(e.type!=="heading")return;const c=a(e);const u=s(e);if(!u||!c||typeof u.offset!=="number"||typeof c.offset!=="number"){return}let f=c.offset;let d=n.charCodeAt(f);let p=false;while(n.charCodeAt(f)===35){f++;p=true;continue}const h=f;d=n.charCodeAt(f);while(d===9||d===32){d=n.charCodeAt(++f);continue}const m=f-h;if(p&&m>1){t.message("Unexpected `"+m+"` "+i("space",m)+" between hashes and content, expected `1` space, remove `"+(m-1)+"` "+i("space",m-1),{ancestors:[...o,e],place:{line:c.line,column:c.column+(f-c.offset),offset:c.offset+(f-c.offset)}})}const g=f;f=u.offset;d=n.charCodeAt(f-1);while(d===9||d===32){f--;d=n.charCodeAt(f-1);continue}let y=false;while(n.charCodeAt(f-1)===35){f--;y=true;continue}const k=f;d=n.charCodeAt(f-1);while(d===9||d===32){f--;d=n.charCodeAt(f-1);continue}const b=k-f;if(y&&f>g&&b>1){t.message("Unexpected `"+b+"` "+i("space",b)+" between content and hashes, expected `1` space, remove `"+(b-1)+"` "+i("space",b-1),{ancestors:[...o,e],place:{line:u.line,column:u.column-(u.offset-k),offset:u.offset-(u.offset-k)}})}})});const G=W;var J=n(1869);var Q=n(401);
/**
 * remark-lint rule to warn when GFM autolink literals are used.
 *
 * ## What is this?
 *
 * This package checks that regular autolinks or full links are used.
 * Literal autolinks is a GFM feature enabled with
 * [`remark-gfm`][github-remark-gfm].
 *
 * ## When should I use this?
 *
 * You can use this package to check that links are consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoLiteralUrls)`
 *
 * Warn when GFM autolink literals are used.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * GFM autolink literals (just a raw URL) are a feature enabled by GFM.
 * They don’t work everywhere.
 * So,
 * it’s recommended to instead use regular autolinks (`<https://url>`) or full
 * links (`[text](url)`).
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] never generates GFM autolink
 * literals.
 * It always generates regular autolinks or full links.
 *
 * [api-remark-lint-no-literal-urls]: #unifieduseremarklintnoliteralurls
 * [github-remark-gfm]: https://github.com/remarkjs/remark-gfm
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-literal-urls
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md", "gfm": true}
 *
 *   <https://example.com/mercury/>
 *
 *   ![Venus](http://example.com/venus/).
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "gfm": true}
 *
 *   https://example.com/mercury/
 *
 *   www.example.com/venus/
 *
 *   earth@mars.planets
 *
 * @example
 *   {"name": "not-ok.md", "label": "output", "gfm": true}
 *
 *   1:1-1:29: Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after
 *   3:1-3:23: Unexpected GFM autolink literal, expected regular autolink, add `<http://` before and `>` after
 *   5:1-5:19: Unexpected GFM autolink literal, expected regular autolink, add `<mailto:` before and `>` after
 */
const Z="http://";const X="mailto:";const ee=lintRule({origin:"remark-lint:no-literal-urls",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-literal-urls#readme"},function(e,t){const n=String(t);(0,l.VG)(e,"link",function(e,r){const i=a(e);if(!i||typeof i.offset!=="number")return;const o=(0,J.d)(e);let s;let l=false;if(o===e.url){l=true}else if(Z+o===e.url){s=Z}else if(X+o===e.url){s=X}if((s||l)&&!(0,Q.ol)(n.charCodeAt(i.offset))){t.message("Unexpected GFM autolink literal, expected regular autolink, add "+(s?"`<"+s+"`":"`<`")+" before and `>` after",{ancestors:[...r,e],place:e.position})}})});const te=ee;
/**
 * remark-lint rule to warn when shortcut reference images are used.
 *
 * ## What is this?
 *
 * This package checks that collapsed or full reference images are used.
 *
 * ## When should I use this?
 *
 * You can use this package to check that references are consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoShortcutReferenceImage)`
 *
 * Warn when shortcut reference images are used.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * Shortcut references use an implicit style that looks a lot like something
 * that could occur as plain text instead of syntax.
 * In some cases,
 * plain text is intended instead of an image.
 * So it’s recommended to use collapsed or full references instead.
 *
 * [api-remark-lint-no-shortcut-reference-image]: #unifieduseremarklintnoshortcutreferenceimage
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-shortcut-reference-image
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ![Mercury][]
 *
 *   [mercury]: /mercury.png
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ![Mercury]
 *
 *   [mercury]: /mercury.png
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-1:11: Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)
 */
const ne=lintRule({origin:"remark-lint:no-shortcut-reference-image",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-image#readme"},function(e,t){(0,l.VG)(e,"imageReference",function(e,n){if(e.position&&e.referenceType==="shortcut"){t.message("Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)",{ancestors:[...n,e],place:e.position})}})});const re=ne;
/**
 * remark-lint rule to warn when shortcut reference links are used.
 *
 * ## What is this?
 *
 * This package checks that collapsed or full reference links are used.
 *
 * ## When should I use this?
 *
 * You can use this package to check that references are consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoShortcutReferenceLink)`
 *
 * Warn when shortcut reference links are used.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * Shortcut references use an implicit style that looks a lot like something
 * that could occur as plain text instead of syntax.
 * In some cases,
 * plain text is intended instead of a link.
 * So it’s recommended to use collapsed or full references instead.
 *
 * [api-remark-lint-no-shortcut-reference-link]: #unifieduseremarklintnoshortcutreferencelink
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-shortcut-reference-link
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   [Mercury][]
 *
 *   [mercury]: https://example.com/mercury/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [Mercury]
 *
 *   [mercury]: https://example.com/mercury/
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-1:10: Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)
 */
const ie=lintRule({origin:"remark-lint:no-shortcut-reference-link",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-link#readme"},function(e,t){(0,l.VG)(e,"linkReference",function(e,n){if(e.position&&e.referenceType==="shortcut"){t.message("Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)",{ancestors:[...n,e],place:e.position})}})});const oe=ie;const se=/\s+/g;const ae=/[\t\n\v\f\r ]+/g;function collapseWhiteSpace(e,t){if(!t){t={}}else if(typeof t==="string"){t={style:t}}const n=t.preserveLineEndings?replaceLineEnding:replaceSpace;return String(e).replace(t.style==="html"?ae:se,t.trim?trimFactory(n):n)}function replaceLineEnding(e){const t=/\r?\n|\r/.exec(e);return t?t[0]:" "}function replaceSpace(){return" "}function trimFactory(e){return dropOrReplace;function dropOrReplace(t,n,r){return n===0||n+t.length===r.length?"":e(t)}}var le=n(31);
/**
 * remark-lint rule to warn when undefined definitions are referenced.
 *
 * ## What is this?
 *
 * This package checks that referenced definitions are defined.
 *
 * ## When should I use this?
 *
 * You can use this package to check for broken references.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoUndefinedReferences[, options])`
 *
 * Warn when undefined definitions are referenced.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], optional)
 *   — configuration
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Fields
 *
 * * `allow` (`Array<RegExp | string>`, optional)
 *   — list of values to allow between `[` and `]`
 * * `allowShortcutLink` (`boolean`, default: `false`)
 *   — allow shortcut references, which are just brackets such as `[text]`
 *
 * ## Recommendation
 *
 * Shortcut references use an implicit syntax that could also occur as plain
 * text.
 * To illustrate,
 * it is reasonable to expect an author adding `[…]` to abbreviate some text
 * somewhere in a document:
 *
 * ```markdown
 * > Some […] quote.
 * ```
 *
 * This isn’t a problem,
 * but it might become one when an author later adds a definition:
 *
 * ```markdown
 * Some new text […][].
 *
 * […]: #read-more
 * ```
 *
 * The second author might expect only their newly added text to form a link,
 * but their changes also result in a link for the text by the first author.
 *
 * [api-options]: #options
 * [api-remark-lint-no-undefined-references]: #unifieduseremarklintnoundefinedreferences-options
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-undefined-references
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   [Mercury][] is the first planet from the Sun and the smallest in the Solar
 *   System.
 *
 *   Venus is the second planet from the [Sun.
 *
 *   Earth is the third planet from the \[Sun] and the only astronomical object
 *   known to harbor life\.
 *
 *   Mars is the fourth planet from the Sun: [].
 *
 *   [mercury]: https://example.com/mercury/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [Mercury] is the first planet from the Sun and the smallest in the Solar
 *   System.
 *
 *   [Venus][] is the second planet from the Sun.
 *
 *   [Earth][earth] is the third planet from the Sun and the only astronomical
 *   object known to harbor life.
 *
 *   ![Mars] is the fourth planet from the Sun in the [Solar
 *   System].
 *
 *   > Jupiter is the fifth planet from the Sun and the largest in the [Solar
 *   > System][].
 *
 *   [Saturn][ is the sixth planet from the Sun and the second-largest
 *   in the Solar System, after Jupiter.
 *
 *   [*Uranus*][] is the seventh planet from the Sun.
 *
 *   [Neptune][neptune][more] is the eighth and farthest planet from the Sun.
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-1:10: Unexpected reference to undefined definition, expected corresponding definition (`mercury`) for a link or escaped opening bracket (`\[`) for regular text
 *   4:1-4:10: Unexpected reference to undefined definition, expected corresponding definition (`venus`) for a link or escaped opening bracket (`\[`) for regular text
 *   6:1-6:15: Unexpected reference to undefined definition, expected corresponding definition (`earth`) for a link or escaped opening bracket (`\[`) for regular text
 *   9:2-9:8: Unexpected reference to undefined definition, expected corresponding definition (`mars`) for an image or escaped opening bracket (`\[`) for regular text
 *   9:50-10:8: Unexpected reference to undefined definition, expected corresponding definition (`solar system`) for a link or escaped opening bracket (`\[`) for regular text
 *   12:67-13:12: Unexpected reference to undefined definition, expected corresponding definition (`solar > system`) for a link or escaped opening bracket (`\[`) for regular text
 *   15:1-15:9: Unexpected reference to undefined definition, expected corresponding definition (`saturn`) for a link or escaped opening bracket (`\[`) for regular text
 *   18:1-18:13: Unexpected reference to undefined definition, expected corresponding definition (`*uranus*`) for a link or escaped opening bracket (`\[`) for regular text
 *   20:1-20:19: Unexpected reference to undefined definition, expected corresponding definition (`neptune`) for a link or escaped opening bracket (`\[`) for regular text
 *   20:19-20:25: Unexpected reference to undefined definition, expected corresponding definition (`more`) for a link or escaped opening bracket (`\[`) for regular text
 *
 * @example
 *   {"config": {"allow": ["…"]}, "name": "ok-allow.md"}
 *
 *   Mercury is the first planet from the Sun and the smallest in the Solar
 *   System. […]
 *
 * @example
 *   {"config": {"allow": [{"source": "^mer"}, "venus"]}, "name": "source.md"}
 *
 *   [Mercury][] is the first planet from the Sun and the smallest in the Solar
 *   System.
 *
 *   [Venus][] is the second planet from the Sun.
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "gfm.md"}
 *
 *   Mercury[^mercury] is the first planet from the Sun and the smallest in the
 *   Solar System.
 *
 *   [^venus]:
 *       **Venus** is the second planet from the Sun.
 * @example
 *   {"gfm": true, "label": "output", "name": "gfm.md"}
 *
 *   1:8-1:18: Unexpected reference to undefined definition, expected corresponding definition (`mercury`) for a footnote or escaped opening bracket (`\[`) for regular text
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "gfm-table.md"}
 *
 *   | [Planet]          | [Radius]  |
 *   | ----------------- | --------- |
 *   | [Mercury]         | 2439.7 km |
 *
 *   [planet]: https://example.com/planet/
 * @example
 *   {"gfm": true, "label": "output", "name": "gfm-table.md"}
 *
 *   1:23-1:31: Unexpected reference to undefined definition, expected corresponding definition (`radius`) for a link or escaped opening bracket (`\[`) for regular text
 *   3:3-3:12: Unexpected reference to undefined definition, expected corresponding definition (`mercury`) for a link or escaped opening bracket (`\[`) for regular text
 *
 * @example
 *   {"config": {"allowShortcutLink": true}, "label": "input", "name": "allow-shortcut-link.md"}
 *
 *   [Mercury] is the first planet from the Sun and the smallest in the Solar
 *   System.
 *
 *   [Venus][] is the second planet from the Sun.
 *
 *   [Earth][earth] is the third planet from the Sun and the only astronomical object
 *   known to harbor life.
 * @example
 *   {"config": {"allowShortcutLink": true}, "label": "output", "name": "allow-shortcut-link.md"}
 *
 *   4:1-4:10: Unexpected reference to undefined definition, expected corresponding definition (`venus`) for a link or escaped opening bracket (`\[`) for regular text
 *   6:1-6:15: Unexpected reference to undefined definition, expected corresponding definition (`earth`) for a link or escaped opening bracket (`\[`) for regular text
 */
const ce={};const ue=[];const fe=/(\r?\n|\r)[\t ]*(>[\t ]*)*/g;const de=lintRule({origin:"remark-lint:no-undefined-references",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-undefined-references#readme"},function(e,t,n){const r=n||ce;const i=r.allow||ue;const o=r.allowShortcutLink||false;const c=String(t);const u=(0,x.C)(t).toPoint;const f=new Set;const d=new Set;const p=[];const h=new Set;const m=[];let g=-1;while(++g<i.length){const e=i[g];if(typeof e==="string"){h.add((0,le.B)(e))}else if(typeof e==="object"&&"source"in e){p.push(new RegExp(e.source,e.flags??"i"))}}(0,l.VG)(e,function(e,t){if(e.type==="definition"){f.add((0,le.B)(e.identifier))}if(e.type==="footnoteDefinition"){d.add((0,le.B)(e.identifier))}if(e.type==="heading"||e.type==="paragraph"||e.type==="tableCell"){m.push([...t,e])}});for(const e of m){findInPhrasingContainer(e)}function findInPhrasingContainer(e){const t=[];const n=e.at(-1);(0,w.ok)(n);(0,w.ok)("children"in n);for(const r of n.children){if(r.type==="text"){findRangesInText(t,[...e,r])}else if("children"in r){findInPhrasingContainer([...e,r])}}for(const e of t){handleRange(e)}}function findRangesInText(e,t){const n=t.at(-1);(0,w.ok)(n);const r=s(n);const i=a(n);if(!r||!i||typeof i.offset!=="number"||typeof r.offset!=="number"){return}const o=c.slice(i.offset,r.offset);const l=[[i.offset,""]];let u=0;fe.lastIndex=0;let f=fe.exec(o);while(f){const e=f.index;const t=l.at(-1);(0,w.ok)(t);t[1]=o.slice(u,e);u=e+f[0].length;l.push([i.offset+u,""]);f=fe.exec(o)}const d=l.at(-1);(0,w.ok)(d);d[1]=o.slice(u);for(const n of l){const[r,i]=n;let o=0;while(o<i.length){const n=i.charCodeAt(o);if(n===91){e.push([t,[r+o]]);o++}else if(n===92){const e=i.charCodeAt(o+1);o++;if(e===91||e===93){o++}}else if(n===93){const t=e.at(-1);if(!t){o++}else if(i.charCodeAt(o+1)===91&&t[1].length!==3){o++;t[1].push(r+o,r+o);o++}else{o++;t[1].push(r+o);handleRange(t);e.pop()}}else{o++}}}}function handleRange(e){const[n,r]=e;if(r.length===1)return;if(r.length===3)r.length=2;if(r.length===2&&r[0]+2===r[1])return;const i=c.charCodeAt(r[0]-1)===33?"image":c.charCodeAt(r[0]+1)===94?"footnote":"link";const s=r.length===4&&r[2]+2!==r[3]?2:0;let a=(0,le.B)(collapseWhiteSpace(c.slice(r[0+s]+1,r[1+s]-1),{style:"html",trim:true}));let l=f;if(i==="footnote"){if(a.includes(" "))return;l=d;a=a.slice(1)}if(o&&r.length===2||l.has(a)||h.has(a)||p.some(function(e){return e.test(a)})){return}const m=u(r[0]);const g=u(r[r.length-1]);if(g&&m){t.message("Unexpected reference to undefined definition, expected corresponding definition (`"+a.toLowerCase()+"`) for "+(i==="image"?"an":"a")+" "+i+" or escaped opening bracket (`\\[`) for regular text",{ancestors:n,place:{start:m,end:g}})}}});const pe=de;
/**
 * remark-lint rule to warn when unreferenced definitions are used.
 *
 * ## What is this?
 *
 * This package checks that definitions are referenced.
 *
 * ## When should I use this?
 *
 * You can use this package to check definitions.
 *
 * ## API
 *
 * ### `unified().use(remarkLintNoUnusedDefinitions)`
 *
 * Warn when unreferenced definitions are used.
 *
 * ###### Parameters
 *
 * There are no options.
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ## Recommendation
 *
 * Unused definitions do not contribute anything, so they can be removed.
 *
 * [api-remark-lint-no-unused-definitions]: #unifieduseremarklintnounuseddefinitions
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module no-unused-definitions
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 * @example
 *   {"name": "ok.md"}
 *
 *   [Mercury][]
 *
 *   [mercury]: https://example.com/mercury/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [mercury]: https://example.com/mercury/
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-1:40: Unexpected unused definition, expected no definition or one or more references to `mercury`
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "gfm.md"}
 *
 *   Mercury[^mercury] is a planet.
 *
 *   [^Mercury]:
 *       **Mercury** is the first planet from the Sun and the smallest
 *       in the Solar System.
 *   [^Venus]:
 *       **Venus** is the second planet from
 *       the Sun.
 * @example
 *   {"gfm": true, "label": "output", "name": "gfm.md"}
 *
 *   6:1-8:13: Unexpected unused footnote definition, expected no definition or one or more footnote references to `venus`
 */
const he=lintRule({origin:"remark-lint:no-unused-definitions",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-unused-definitions#readme"},function(e,t){const n=new Map;const r=new Map;(0,l.VG)(e,function(e,t){if("identifier"in e){const i=e.type==="footnoteDefinition"||e.type==="footnoteReference"?n:r;let o=i.get(e.identifier);if(!o){o={ancestors:undefined,used:false};i.set(e.identifier,o)}if(e.type==="definition"||e.type==="footnoteDefinition"){o.ancestors=[...t,e]}else if(e.type==="imageReference"||e.type==="linkReference"||e.type==="footnoteReference"){o.used=true}}});const i=[...n.values(),...r.values()];for(const e of i){if(!e.used){(0,w.ok)(e.ancestors);const n=e.ancestors.at(-1);(0,w.ok)(n);(0,w.ok)(n.type==="footnoteDefinition"||n.type==="definition");if(n.position){const r=n.type==="footnoteDefinition"?"footnote ":"";t.message("Unexpected unused "+r+"definition, expected no definition or one or more "+r+"references to `"+n.identifier+"`",{ancestors:e.ancestors,place:n.position})}}}});const me=he;
/**
 * remark-lint rule to warn when ordered list markers are inconsistent.
 *
 * ## What is this?
 *
 * This package checks ordered list markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check ordered lists.
 *
 * ## API
 *
 * ### `unified().use(remarkLintOrderedListMarkerStyle[, options])`
 *
 * Warn when ordered list markers are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Style | 'consistent'
 * ```
 *
 * ### `Style`
 *
 * Style (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Style = '.' | ')'
 * ```
 *
 * ## Recommendation
 *
 * Parens for list markers were not supported in markdown before CommonMark.
 * While they should work in most places now,
 * not all markdown parsers follow CommonMark.
 * So it’s recommended to prefer dots.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats ordered lists with
 * dots by default.
 * Pass `bulletOrdered: ')'` to always use parens.
 *
 * [api-style]: #style
 * [api-options]: #options
 * [api-remark-lint-ordered-list-marker-style]: #unifieduseremarklintorderedlistmarkerstyle-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module ordered-list-marker-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   1. Mercury
 *
 *   * Venus
 *
 *   1. Earth
 *
 * @example
 *   {"name": "ok.md", "config": "."}
 *
 *   1. Mercury
 *
 * @example
 *   {"name": "ok.md", "config": ")"}
 *
 *   1) Mercury
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   1. Mercury
 *
 *   1) Venus
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:2: Unexpected ordered list marker `)`, expected `.`
 *
 * @example
 *   {"name": "not-ok.md", "label": "output", "config": "🌍", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'.'`, `')'`, or `'consistent'`
 */
const ge=lintRule({origin:"remark-lint:ordered-list-marker-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-style#readme"},function(e,t,n){const i=String(t);let o;let s;if(n===null||n===undefined||n==="consistent"){}else if(n==="."||n===")"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'.'`, `')'`, or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="listItem")return;const c=n.at(-1);if(!c||c.type!=="list"||!c.ordered)return;const u=a(e);if(u&&typeof u.offset==="number"){let r=u.offset;let a=i.charCodeAt(r);while((0,Q.BM)(a)){r++;a=i.charCodeAt(r)}const l=a===41?")":a===46?".":undefined;if(!l)return;const c={line:u.line,column:u.column+(r-u.offset),offset:u.offset+(r-u.offset)};if(o){if(l!==o){t.message("Unexpected ordered list marker `"+l+"`, expected `"+o+"`",{ancestors:[...n,e],cause:s,place:c})}}else{o=l;s=new f.o("Ordered list marker style `"+o+"` first defined for `'consistent'` here",{ancestors:[...n,e],place:c,ruleId:"ordered-list-marker-style",source:"remark-lint"})}}})});const ye=ge;
/**
 * remark-lint rule to warn when ordered list values are inconsistent.
 *
 * ## What is this?
 *
 * This package checks ordered list values.
 *
 * ## When should I use this?
 *
 * You can use this package to check ordered lists.
 *
 * ## API
 *
 * ### `unified().use(remarkLintOrderedListMarkerValue[, options])`
 *
 * Warn when ordered list values are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * `consistent` looks at the first list with two or more items, and
 * infer `'single'` if both are the same, and `'ordered'` otherwise.
 *
 * ###### Type
 *
 * ```ts
 * type Options = Style | 'consistent'
 * ```
 *
 * ### `Style`
 *
 * Counter style (TypeScript type).
 *
 * * `'one'`
 *   — values should always be exactly `1`
 * * `'ordered'`
 *   — values should increment by one from the first item
 * * `'single'`
 *   — values should stay the same as the first item
 *
 * ###### Type
 *
 * ```ts
 * type Style = 'one' | 'ordered' | 'single'
 * ```
 *
 * ## Recommendation
 *
 * While `'single'` might be the smartest style,
 * as it makes it easier to move items around without having to renumber
 * everything and doesn’t have problems with aligning content of the 9th and
 * the 10th item,
 * it’s not used a lot and arguably looks unnatural.
 * `'one'` is like `'single'` but forces every list to start at `1`.
 * While not often needed,
 * starting lists at other values is sometimes useful.
 * So `'ordered'` is recommended,
 * although `'single'` is also a viable choice.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] retains the value of the first
 * item and increments further items by default.
 * Pass `incrementListMarker: false` to not increment further items.
 *
 * [api-options]: #options
 * [api-style]: #style
 * [api-remark-lint-ordered-list-marker-value]: #unifieduseremarklintorderedlistmarkervalue-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module ordered-list-marker-value
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   1. Mercury
 *   2. Venus
 *
 *   ***
 *
 *   3. Earth
 *   4. Mars
 *
 *   ***
 *
 *   * Jupiter
 *
 * @example
 *   {"name": "ok-infer-single.md"}
 *
 *   2. Mercury
 *   2. Venus
 *
 *   ***
 *
 *   3. Earth
 *   3. Mars
 *
 * @example
 *   {"label": "input", "name": "nok-chaotic.md"}
 *
 *   2. Mercury
 *   1. Venus
 *
 *   ***
 *
 *   1. Earth
 *   1. Mars
 * @example
 *   {"label": "output", "name": "nok-chaotic.md"}
 *
 *   2:2: Unexpected ordered list item value `1`, expected `3`
 *   7:2: Unexpected ordered list item value `1`, expected `2`
 *
 * @example
 *   {"config": "one", "name": "ok.md"}
 *
 *   1. Mercury
 *   1. Venus
 *
 * @example
 *   {"name": "ok.md", "config": "ordered"}
 *
 *   1. Mercury
 *   2. Venus
 *
 *   ***
 *
 *   3. Earth
 *   4. Mars
 *
 *   ***
 *
 *   0. Jupiter
 *   1. Saturn
 *
 * @example
 *   {"config": "single", "name": "ok.md"}
 *
 *   1. Mercury
 *   1. Venus
 *
 *   ***
 *
 *   3. Earth
 *   3. Mars
 *
 *   ***
 *
 *   0. Jupiter
 *   0. Saturn
 *
 * @example
 *   {"config": "one", "label": "input", "name": "not-ok.md"}
 *
 *   1. Mercury
 *   2. Venus
 *
 *   ***
 *
 *   3. Earth
 *
 *   ***
 *
 *   2. Mars
 *   1. Jupiter
 * @example
 *   {"config": "one", "label": "output", "name": "not-ok.md"}
 *
 *   2:2: Unexpected ordered list item value `2`, expected `1`
 *   6:2: Unexpected ordered list item value `3`, expected `1`
 *   10:2: Unexpected ordered list item value `2`, expected `1`
 *
 * @example
 *   {"config": "ordered", "label": "input", "name": "not-ok.md"}
 *
 *   1. Mercury
 *   1. Venus
 *
 *   ***
 *
 *   2. Mars
 *   1. Jupiter
 * @example
 *   {"config": "ordered", "label": "output", "name": "not-ok.md"}
 *
 *   2:2: Unexpected ordered list item value `1`, expected `2`
 *   7:2: Unexpected ordered list item value `1`, expected `3`
 *
 * @example
 *   {"config": "single", "label": "input", "name": "not-ok.md"}
 *
 *   1. Mercury
 *   2. Venus
 *
 *   ***
 *
 *   2. Mars
 *   1. Jupiter
 * @example
 *   {"config": "single", "label": "output", "name": "not-ok.md"}
 *
 *   2:2: Unexpected ordered list item value `2`, expected `1`
 *   7:2: Unexpected ordered list item value `1`, expected `2`
 *
 * @example
 *   {"name": "not-ok.md", "config": "🌍", "label": "output", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'one'`, `'ordered'`, `'single'`, or `'consistent'`
 */
const ke=lintRule({origin:"remark-lint:ordered-list-marker-value",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-value#readme"},function(e,t,n){const i=String(t);let o;let s;if(n===null||n===undefined||n==="consistent"){}else if(n==="one"||n==="ordered"||n==="single"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'one'`, `'ordered'`, `'single'`, or `'consistent'`")}const c=[];(0,l.VG)(e,function(e,t){if((0,r.f)(e)){return l._Z}if(e.type!=="list")return;if(!e.ordered)return;const n=[];for(const t of e.children){const e=a(t);let r;if(e&&typeof e.offset==="number"){let t=e.offset;let n=i.charCodeAt(t);while((0,Q.BM)(n)){t++;n=i.charCodeAt(t)}r=i.slice(e.offset,t)}n.push(r)}c.push({ancestors:[...t,e],counters:n})});if(!o){for(const e of c){const[t,n]=e.counters;if(t&&n){const r=n===String(Number(t)+1)?"ordered":n===t?"single":undefined;if(r){const t=e.ancestors.at(-1);(0,w.ok)(t);(0,w.ok)(t.type==="list");o=r;s=new f.o("Ordered list marker style `"+o+"` first defined for `'consistent'` here",{ancestors:e.ancestors,place:t.position,ruleId:"ordered-list-marker-value",source:"remark-lint"})}break}}}if(!o){o="ordered";s=new f.o("Ordered list marker style `ordered` assumed for `'consistent'`",{ruleId:"ordered-list-marker-value",source:"remark-lint"})}for(const e of c){const n=o==="one"?1:e.counters[0];const r=e.ancestors.at(-1);(0,w.ok)(r);(0,w.ok)(r.type==="list");if(!n)continue;const i=Number(n);let l=-1;while(++l<e.counters.length){const n=r.children[l];const c=e.counters[l];if(!c)continue;const u=a(n);(0,w.ok)(u);(0,w.ok)(typeof u.offset==="number");const f=String(o==="one"?1:o==="single"?i:i+l);if(c!==f){t.message("Unexpected ordered list item value `"+c+"`, expected `"+f+"`",{ancestors:[...e.ancestors,n],cause:s,place:{line:u.line,column:u.column+c.length,offset:u.offset+c.length}})}}}});const be=ke;
/**
 * remark-lint rule to warn when thematic breaks (horizontal rules) are
 * inconsistent.
 *
 * ## What is this?
 *
 * This package checks markers and whitespace of thematic rules.
 *
 * ## When should I use this?
 *
 * You can use this package to check that thematic breaks are consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintRuleStyle[, options])`
 *
 * Warn when thematic breaks (horizontal rules) are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * * `'consistent'`
 *   — detect the first used style and warn when further rules differ
 * * `string` (example: `'** * **'`, `'___'`)
 *   — thematic break to prefer
 *
 * ###### Type
 *
 * ```ts
 * type Options = string | 'consistent'
 * ```
 *
 * ## Recommendation
 *
 * Rules consist of a `*`, `-`, or `_` character,
 * which occurs at least three times with nothing else except for arbitrary
 * spaces or tabs on a single line.
 * Using spaces, tabs, or more than three markers is unnecessary work to type
 * out.
 * As asterisks can be used as a marker for more markdown constructs,
 * it’s recommended to use that for rules (and lists, emphasis, strong) too.
 * So it’s recommended to pass `'***'`.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats rules with `***` by
 * default.
 * There are three settings to control rules:
 *
 * * `rule` (default: `'*'`) — marker
 * * `ruleRepetition` (default: `3`) — repetitions
 * * `ruleSpaces` (default: `false`) — use spaces between markers
 *
 * [api-options]: #options
 * [api-remark-lint-rule-style]: #unifieduseremarklintrulestyle-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module rule-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Two rules:
 *
 *   * * *
 *
 *   * * *
 *
 * @example
 *   {"config": "_______", "name": "ok.md"}
 *
 *   _______
 *
 *   _______
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ***
 *
 *   * * *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:1-3:6: Unexpected thematic rule `* * *`, expected `***`
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected thematic rule or `'consistent'`
 */
const we=lintRule({origin:"remark-lint:rule-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-rule-style#readme"},function(e,t,n){const i=String(t);let o;let c;if(n===null||n===undefined||n==="consistent"){}else if(/[^-_* ]/.test(n)||n.at(0)===" "||n.at(-1)===" "||n.replaceAll(" ","").length<3){t.fail("Unexpected value `"+n+"` for `options`, expected thematic rule or `'consistent'`")}else{o=n}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="thematicBreak")return;const u=s(e);const d=a(e);if(d&&u&&typeof d.offset==="number"&&typeof u.offset==="number"){const r={start:d,end:u};const s=i.slice(d.offset,u.offset);if(o){if(s!==o){t.message("Unexpected thematic rule `"+s+"`, expected `"+o+"`",{ancestors:[...n,e],cause:c,place:r})}}else{o=s;c=new f.o("Thematic rule style `"+o+"` first defined for `'consistent'` here",{ancestors:[...n,e],place:r,ruleId:"rule-style",source:"remark-lint"})}}})});const xe=we;
/**
 * remark-lint rule to warn when strong markers are inconsistent.
 *
 * ## What is this?
 *
 * This package checks the style of strong markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check that strong is consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintStrongMarker[, options])`
 *
 * Warn when strong markers are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Marker`
 *
 * Marker (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Marker = '*' | '_'
 * ```
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Marker | 'consistent'
 * ```
 *
 * ## Recommendation
 *
 * Whether asterisks or underscores are used affects how and whether strong
 * works.
 * Underscores are sometimes used to represent normal underscores inside words,
 * so there are extra rules in markdown to support that.
 * Asterisks are not used in natural language,
 * so they don’t need these rules,
 * and thus can form strong in more cases.
 * Asterisks can also be used as the marker of more constructs than underscores:
 * lists.
 * Due to having simpler parsing rules,
 * looking more like syntax,
 * and that they can be used for more constructs,
 * it’s recommended to prefer asterisks.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats strong with asterisks
 * by default.
 * Pass `strong: '_'` to always use underscores.
 *
 * [api-marker]: #marker
 * [api-options]: #options
 * [api-remark-lint-strong-marker]: #unifieduseremarklintstrongmarker-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module strong-marker
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": "*", "name": "ok-asterisk.md"}
 *
 *   **Mercury**.
 *
 * @example
 *   {"config": "*", "label": "input", "name": "not-ok-asterisk.md"}
 *
 *   __Mercury__.
 *
 * @example
 *   {"config": "*", "label": "output", "name": "not-ok-asterisk.md"}
 *
 *   1:1-1:12: Unexpected strong marker `_`, expected `*`
 *
 * @example
 *   {"config": "_", "name": "ok-underscore.md"}
 *
 *   __Mercury__.
 *
 * @example
 *   {"config": "_", "label": "input", "name": "not-ok-underscore.md"}
 *
 *   **Mercury**.
 *
 * @example
 *   {"config": "_", "label": "output", "name": "not-ok-underscore.md"}
 *
 *   1:1-1:12: Unexpected strong marker `*`, expected `_`
 *
 * @example
 *   {"label": "input", "name": "not-ok-consistent.md"}
 *
 *   **Mercury** and __Venus__.
 *
 * @example
 *   {"label": "output", "name": "not-ok-consistent.md"}
 *
 *   1:17-1:26: Unexpected strong marker `_`, expected `*`
 *
 * @example
 *   {"config": "🌍", "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'*'`, `'_'`, or `'consistent'`
 */
const ve=lintRule({origin:"remark-lint:strong-marker",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-strong-marker#readme"},function(e,t,n){const r=String(t);let i;let o;if(n===null||n===undefined||n==="consistent"){}else if(n==="*"||n==="_"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'*'`, `'_'`, or `'consistent'`")}(0,l.VG)(e,"strong",function(e,n){const s=a(e);if(s&&typeof s.offset==="number"){const a=r.charAt(s.offset);if(a!=="*"&&a!=="_")return;if(o){if(a!==o){t.message("Unexpected strong marker `"+a+"`, expected `"+o+"`",{ancestors:[...n,e],cause:i,place:e.position})}}else{o=a;i=new f.o("Strong marker style `'"+a+"'` first defined for `'consistent'` here",{ancestors:[...n,e],place:e.position,ruleId:"strong-marker",source:"remark-lint"})}}})});const Se=ve;
/**
 * remark-lint rule to warn when GFM table cells are padded inconsistently.
 *
 * ## What is this?
 *
 * This package checks table cell padding.
 * Tables are a GFM feature enabled with [`remark-gfm`][github-remark-gfm].
 *
 * ## When should I use this?
 *
 * You can use this package to check that tables are consistent.
 *
 * ## API
 *
 * ### `unified().use(remarkLintTableCellPadding[, options])`
 *
 * Warn when GFM table cells are padded inconsistently.
 *
 * ###### Parameters
 *
 * * `options`
 *   ([`Options`][api-options], [`Style`][api-style], or `'consistent'`,
 *   default: `'consistent'`)
 *   — configuration
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Properties
 *
 * * `stringLength` (`(value: string) => number`, optional)
 *   — function to detect cell size
 * * `style` ([`Style`][api-style] or `'consistent'`, optional)
 *   — preferred style or whether to detect the first style
 *
 * ### `Style`
 *
 * Style (TypeScript type).
 *
 * * `'compact'`
 *   — prefer zero spaces between pipes and content
 * * `'padded'`
 *   — prefer at least one space between pipes and content
 *
 * ###### Type
 *
 * ```ts
 * type Style = 'compact' | 'padded'
 * ```
 *
 * ## Recommendation
 *
 * It’s recommended to use at least one space between pipes and content for
 * legibility of the markup (`'padded'`).
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] with
 * [`remark-gfm`][github-remark-gfm] formats all table cells as padded by
 * default.
 * Pass `tableCellPadding: false` to use a more compact style.
 *
 * Aligning perfectly in all cases is not possible because whether characters
 * look aligned or not depends on where the markup is shown.
 * Some characters (such as emoji or Chinese characters) show smaller or bigger
 * in different places.
 * You can pass a `stringLength` function to `remark-gfm`,
 * to align better for your use case,
 * in which case this rule must be configured with the same `stringLength`.
 *
 * [api-options]: #options
 * [api-remark-lint-table-cell-padding]: #unifieduseremarklinttablecellpadding-options
 * [api-style]: #style
 * [github-remark-gfm]: https://github.com/remarkjs/remark-gfm
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module table-cell-padding
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 *
 * @example
 *   {"config": "padded", "gfm": true, "name": "ok.md"}
 *
 *   | Planet  | Symbol | Satellites | Mean anomaly (°) |
 *   | ------- | :----- | :--------: | ---------------: |
 *   | Mercury | ☿      |    None    |          174 796 |
 *
 *   | Planet | Symbol | Satellites | Mean anomaly (°) |
 *   | - | :- | :-: | -: |
 *   | Venus | ♀ | None | 50 115 |
 *
 * @example
 *   {"config": "padded", "gfm": true, "label": "input", "name": "not-ok.md"}
 *
 *   | Planet |
 *   | -------|
 *   | Mercury|
 *
 *   |Planet |
 *   |------ |
 *   |Venus  |
 *
 *   |  Planet  |
 *   |  ------  |
 *   |  Venus   |
 * @example
 *   {"config": "padded", "gfm": true, "label": "output", "name": "not-ok.md"}
 *
 *   2:10: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   3:10: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   5:2: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   6:2: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   7:2: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   9:4: Unexpected `2` spaces between cell edge and content, expected `1` space, remove `1` space
 *   9:12: Unexpected `2` spaces between cell content and edge, expected `1` space, remove `1` space
 *   10:4: Unexpected `2` spaces between cell edge and content, expected `1` space, remove `1` space
 *   10:12: Unexpected `2` spaces between cell content and edge, expected `1` space, remove `1` space
 *   11:4: Unexpected `2` spaces between cell edge and content, expected `1` space, remove `1` space
 *   11:12: Unexpected `3` spaces between cell content and edge, expected between `1` (unaligned) and `2` (aligned) spaces, remove between `1` and `2` spaces
 *
 * @example
 *   {"config": "compact", "gfm": true, "name": "ok.md"}
 *
 *   |Planet |Symbol|Satellites|Mean anomaly (°)|
 *   |-------|:-----|:--------:|---------------:|
 *   |Mercury|☿     |   None   |         174 796|
 *
 *   |Planet|Symbol|Satellites|Mean anomaly (°)|
 *   |-|:-|:-:|-:|
 *   |Venus|♀|None|50 115|
 *
 * @example
 *   {"config": "compact", "gfm": true, "label": "input", "name": "not-ok.md"}
 *
 *   | Planet |
 *   | -------|
 *   | Mercury|
 *
 *   |Planet |
 *   |------ |
 *   |Venus  |
 *
 *   |  Planet  |
 *   |  ------  |
 *   |  Venus   |
 * @example
 *   {"config": "compact", "gfm": true, "label": "output", "name": "not-ok.md"}
 *
 *   1:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   3:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   5:9: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   6:9: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   7:9: Unexpected `2` spaces between cell content and edge, expected between `0` (unaligned) and `1` (aligned) space, remove between `1` and `2` spaces
 *   9:4: Unexpected `2` spaces between cell edge and content, expected `0` spaces, remove `2` spaces
 *   9:12: Unexpected `2` spaces between cell content and edge, expected `0` spaces, remove `2` spaces
 *   10:4: Unexpected `2` spaces between cell edge and content, expected `0` spaces, remove `2` spaces
 *   10:12: Unexpected `2` spaces between cell content and edge, expected `0` spaces, remove `2` spaces
 *   11:4: Unexpected `2` spaces between cell edge and content, expected `0` spaces, remove `2` spaces
 *   11:12: Unexpected `3` spaces between cell content and edge, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *
 * @example
 *   {"gfm": true, "name": "consistent-padded-ok.md"}
 *
 *   | Planet |
 *   | - |
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "consistent-padded-nok.md"}
 *
 *   | Planet|
 *   | - |
 * @example
 *   {"gfm": true, "label": "output", "name": "consistent-padded-nok.md"}
 *
 *   1:9: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *
 * @example
 *   {"gfm": true, "name": "consistent-compact-ok.md"}
 *
 *   |Planet|
 *   |-|
 *
 * @example
 *   {"gfm": true, "label": "input", "name": "consistent-compact-nok.md"}
 *
 *   |Planet |
 *   |-|
 * @example
 *   {"gfm": true, "label": "output", "name": "consistent-compact-nok.md"}
 *
 *   1:9: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *
 * @example
 *   {"gfm": true, "name": "empty.md"}
 *
 *   | | Satellites |
 *   | - | - |
 *   | Mercury | |
 *
 * @example
 *   {"config": "compact", "gfm": true, "name": "string-length-default.md"}
 *
 *   |Alpha|Bravo  |
 *   |-----|-------|
 *   |冥王星 |Charlie|
 *   |🪐   |Delta  |
 *
 * @example
 *   {"config": {"style": "compact", "stringLength": "__STRING_WIDTH__"}, "gfm": true, "name": "string-length-custom.md"}
 *
 *   |Alpha|Bravo  |
 *   |-----|-------|
 *   |冥王星|Charlie|
 *   |🪐    |Delta  |
 *
 * @example
 *   {"gfm": true, "name": "missing-cells.md"}
 *
 *   | Planet | Symbol | Satellites |
 *   | - | - | - |
 *   | Mercury |
 *   | Venus | ♀ |
 *   | Earth | 🜨 and ♁ | 1 |
 *   | Mars | ♂ | 2 | 19 412 |
 *
 * @example
 *   {"config": "padded", "gfm": true, "label": "input", "name": "missing-fences.md"}
 *
 *   ␠Planet|Symbol|Satellites
 *   ------:|:-----|----------
 *   Mercury|☿     |0
 *
 *   Planet|Symbol
 *   -----:|------
 *   ␠Venus|♀
 * @example
 *   {"config": "padded", "gfm": true, "label": "output", "name": "missing-fences.md"}
 *
 *   1:8: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   1:9: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   1:15: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   1:16: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   2:8: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   2:9: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   2:15: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   2:16: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   3:8: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   3:9: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   3:16: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   5:7: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   5:8: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   6:7: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   6:8: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   7:7: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   7:8: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *
 * @example
 *   {"config": "compact", "gfm": true, "label": "input", "name": "missing-fences.md"}
 *
 *   Planet | Symbol | Satellites
 *   -: | - | -
 *   Mercury | ☿ | 0
 *
 *   Planet | Symbol
 *   -----: | ------
 *   ␠Venus | ♀
 * @example
 *   {"config": "compact", "gfm": true, "label": "output", "name": "missing-fences.md"}
 *
 *   1:8: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   1:10: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   1:17: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   1:19: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:4: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   2:6: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:10: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   3:9: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   3:11: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   3:15: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   5:8: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   5:10: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   6:8: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   6:10: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   7:8: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   7:10: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *
 * @example
 *   {"config": "compact", "gfm": true, "label": "input", "name": "trailing-spaces.md"}
 *
 *   Planet | Symbol␠
 *   -: | -␠
 *   Mercury | ☿␠␠
 *
 *   | Planet | Symbol |␠
 *   | ------ | ------ |␠
 *   | Venus  | ♀      |␠␠
 * @example
 *   {"config": "compact", "gfm": true, "label": "output", "name": "trailing-spaces.md"}
 *
 *   1:8: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   1:10: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:4: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   2:6: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   3:9: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   3:11: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   5:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   5:10: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   5:12: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   5:19: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   6:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   6:10: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   6:12: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   6:19: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   7:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   7:10: Unexpected `2` spaces between cell content and edge, expected between `0` (unaligned) and `1` (aligned) space, remove between `1` and `2` spaces
 *   7:12: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   7:19: Unexpected `6` spaces between cell content and edge, expected between `0` (unaligned) and `5` (aligned) spaces, remove between `1` and `6` spaces
 *
 * @example
 *   {"config": "compact", "gfm": true, "label": "input", "name": "nothing.md"}
 *
 *   |   |   |   |
 *   | - | - | - |
 *   |   |   |   |
 * @example
 *   {"config": "compact", "gfm": true, "label": "output", "name": "nothing.md"}
 *
 *   1:5: Unexpected `3` spaces between cell edge and content, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *   1:9: Unexpected `3` spaces between cell edge and content, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *   1:13: Unexpected `3` spaces between cell edge and content, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *   2:3: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:5: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   2:7: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:9: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   2:11: Unexpected `1` space between cell edge and content, expected `0` spaces, remove `1` space
 *   2:13: Unexpected `1` space between cell content and edge, expected `0` spaces, remove `1` space
 *   3:5: Unexpected `3` spaces between cell edge and content, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *   3:9: Unexpected `3` spaces between cell edge and content, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *   3:13: Unexpected `3` spaces between cell edge and content, expected between `0` (unaligned) and `1` (aligned) space, remove between `2` and `3` spaces
 *
 * @example
 *   {"config": "padded", "gfm": true, "label": "input", "name": "nothing.md"}
 *
 *   ||||
 *   |-|-|-|
 *   ||||
 * @example
 *   {"config": "padded", "gfm": true, "label": "output", "name": "nothing.md"}
 *
 *   1:2: Unexpected `0` spaces between cell edge and content, expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` space
 *   1:3: Unexpected `0` spaces between cell edge and content, expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` space
 *   1:4: Unexpected `0` spaces between cell edge and content, expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` space
 *   2:2: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   2:3: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   2:4: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   2:5: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   2:6: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   2:7: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   3:2: Unexpected `0` spaces between cell edge and content, expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` space
 *   3:3: Unexpected `0` spaces between cell edge and content, expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` space
 *   3:4: Unexpected `0` spaces between cell edge and content, expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` space
 *
 * @example
 *   {"config": "padded", "gfm": true, "label": "input", "name": "more-weirdness.md"}
 *
 *   Mercury
 *   |-
 *
 *   Venus
 *   -|
 * @example
 *   {"config": "padded", "gfm": true, "label": "output", "name": "more-weirdness.md"}
 *
 *   2:2: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   5:2: Unexpected `0` spaces between cell content and edge, expected between `1` (unaligned) and `5` (aligned) spaces, add between `5` and `1` space
 *
 * @example
 *   {"config": "padded", "gfm": true, "label": "input", "name": "containers.md"}
 *
 *   > | Mercury|
 *   > | - |
 *
 *   * | Venus|
 *     | - |
 *
 *   > * > | Earth|
 *   >   > | - |
 * @example
 *   {"config": "padded", "gfm": true, "label": "output", "name": "containers.md"}
 *
 *   1:12: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   4:10: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *   7:14: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *
 * @example
 *   {"config": "padded", "gfm": true, "label": "input", "name": "windows.md"}
 *
 *   | Mercury|␍␊| --- |␍␊| None |
 * @example
 *   {"config": "padded", "gfm": true, "label": "output", "name": "windows.md"}
 *
 *   1:10: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 *
 * @example
 *   {"config": "🌍", "gfm": true, "label": "output", "name": "not-ok.md", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `style`, expected `'compact'`, `'padded'`, or `'consistent'`
 */
const Ae=lintRule({origin:"remark-lint:table-cell-padding",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-table-cell-padding#readme"},function(e,t,n){const o=String(t);let c;let u;let d;let p;if(n&&typeof n==="object"){d=n.stringLength;p=n.style}else{p=n}if(p===null||p===undefined||p==="consistent"){}else if(p==="compact"||p==="padded"){c=p}else{t.fail("Unexpected value `"+p+"` for `style`, expected `'compact'`, `'padded'`, or `'consistent'`")}(0,l.VG)(e,function(e,t){if((0,r.f)(e)){return l._Z}if(e.type!=="table")return;const n=inferTable([...t,e]);const i=[];for(const e of n){if(e.size&&(i[e.column]===undefined||e.size.middle>i[e.column])){i[e.column]=e.size.middle}}if(!c){for(const e of n){if(e.size&&e.size.middle&&e.size.middle===i[e.column]){const t=e.ancestors.at(-1);(0,w.ok)(t);c=e.size.left?"padded":"compact";u=new f.o("Cell padding style `'"+c+"'` first defined for `'consistent'` here",{ancestors:e.ancestors,place:t.position,ruleId:"table-cell-padding",source:"remark-lint"})}}}if(!c)return;for(const e of n){checkSide("left",e,i);checkSide("right",e,i)}return l._Z});function checkSide(e,n,r){if(!n.size){return}const o=n.size[e];if(o===undefined){return}const s=r[n.column]-n.size.middle;const a=c==="compact"?0:1;let l=a;if(n.align==="center"){l+=Math.ceil(s/2)}else if(n.align==="right"?e==="left":e==="right"){l+=s}if(n.size.middle===0){if(e==="right")return;l=Math.max(l,r[n.column]+2*a)}if(o<a||o>l){const r=a-o;const s=Math.abs(r);const c=l-o;const f=Math.abs(c);t.message("Unexpected `"+o+"` "+i("space",o)+" between cell "+(e==="left"?"edge":"content")+" and "+(e==="left"?"content":"edge")+", expected "+(a===l?"":"between `"+a+"` (unaligned) and ")+"`"+l+"` "+(a===l?"":"(aligned) ")+i("space",l)+", "+(r<0?"remove":"add")+(r===c?"":" between `"+f+"` and")+" `"+s+"` "+i("space",s),{ancestors:n.ancestors,cause:u,place:e==="left"?n.size.leftPoint:n.size.rightPoint})}}function inferTable(e){const t=e.at(-1);(0,w.ok)(t);(0,w.ok)(t.type==="table");const n=t.align||[];const r=[];let i=-1;while(++i<t.children.length){const o=t.children[i];let l=-1;while(++l<o.children.length){const t=o.children[l];r.push({align:n[l],ancestors:[...e,o,t],column:l,size:inferSize(a(t),s(t),l===o.children.length-1)})}if(i===0){const t=inferAlignRow(e,n);if(t)r.push(...t)}}return r}function inferAlignRow(e,t){const n=e.at(-1);(0,w.ok)(n);(0,w.ok)(n.type==="table");const r=s(n.children[0]);if(!r||typeof r.offset!=="number")return;let i=r.offset;if(o.charCodeAt(i)===13)i++;if(o.charCodeAt(i)!==10)return;i++;const a=[];const l=r.line+1;let c=o.charCodeAt(i);while(c===9||c===32||c===62){i++;c=o.charCodeAt(i)}if(c!==45&&c!==58&&c!==124){return}let u=o.indexOf("\n",i);if(u===-1)u=o.length;if(o.charCodeAt(u-1)===13)u--;let f=0;let d=i;let p=o.indexOf("|",i+(c===124?1:0));if(p===-1||p>u){p=u}while(d!==p){let n=o.indexOf("|",p+1);if(n===-1||n>u){n=u}if(n===u){let e=u;let t=o.charCodeAt(e-1);while(t===9||t===32){e--;t=o.charCodeAt(e-1)}if(p+1===e){p=u}}a.push({align:t[f],ancestors:e,column:f,size:inferSize({line:l,column:d-i+1,offset:d},{line:l,column:p-i+1,offset:p},p===u)});d=p;p=n;f++}return a}function inferSize(e,t,n){if(t&&e&&typeof t.offset==="number"&&typeof e.offset==="number"){let r=e.offset;let i;let s;if(o.charCodeAt(r)===124){i=0;r++;while(o.charCodeAt(r)===32){i++;r++}}let a=t.offset;if(n){while(o.charCodeAt(a-1)===32){a--}if(a>r&&o.charCodeAt(a-1)===124){a--}else{a=t.offset}}const l=a;if(o.charCodeAt(a)===124){s=0;while(a-1>r&&o.charCodeAt(a-1)===32){s++;a--}}const c=d?d(o.slice(r,a)):a-r;return{left:i,leftPoint:{line:e.line,column:e.column+(r-e.offset),offset:r},middle:c,right:s,rightPoint:{line:t.line,column:t.column-(t.offset-l),offset:l}}}}});const Ce=Ae;
/**
 * remark-lint rule to warn when unordered list markers are inconsistent.
 *
 * ## What is this?
 *
 * This package checks unordered list markers.
 *
 * ## When should I use this?
 *
 * You can use this package to check unordered lists.
 *
 * ## API
 *
 * ### `unified().use(remarkLintUnorderedListMarkerStyle[, options])`
 *
 * Warn when unordered list markers are inconsistent.
 *
 * ###### Parameters
 *
 * * `options` ([`Options`][api-options], default: `'consistent'`)
 *   — preferred style or whether to detect the first style and warn for
 *   further differences
 *
 * ###### Returns
 *
 * Transform ([`Transformer` from `unified`][github-unified-transformer]).
 *
 * ### `Options`
 *
 * Configuration (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Options = Style | 'consistent'
 * ```
 *
 * ### `Style`
 *
 * Style (TypeScript type).
 *
 * ###### Type
 *
 * ```ts
 * type Style = '*' | '+' | '-'
 * ```
 *
 * ## Recommendation
 *
 * Because asterisks can be used as a marker for more markdown constructs,
 * it’s recommended to use that for lists (and thematic breaks, emphasis,
 * strong) too.
 *
 * ## Fix
 *
 * [`remark-stringify`][github-remark-stringify] formats unordered lists with
 * asterisks by default.
 * Pass `bullet: '+'` or `bullet: '-'` to use a different marker.
 *
 * [api-options]: #options
 * [api-style]: #style
 * [api-remark-lint-unordered-list-marker-style]: #unifieduseremarklintunorderedlistmarkerstyle-options
 * [github-remark-stringify]: https://github.com/remarkjs/remark/tree/main/packages/remark-stringify
 * [github-unified-transformer]: https://github.com/unifiedjs/unified#transformer
 *
 * @module unordered-list-marker-style
 * @author Titus Wormer
 * @copyright Titus Wormer
 * @license MIT
 * @example
 *   {"name": "ok.md"}
 *
 *   * Mercury
 *
 *   1. Venus
 *
 *   * Earth
 *
 * @example
 *   {"name": "ok.md", "config": "*"}
 *
 *   * Mercury
 *
 * @example
 *   {"name": "ok.md", "config": "-"}
 *
 *   - Mercury
 *
 * @example
 *   {"name": "ok.md", "config": "+"}
 *
 *   + Mercury
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   * Mercury
 *
 *   - Venus
 *
 *   + Earth
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:1: Unexpected unordered list marker `-`, expected `*`
 *   5:1: Unexpected unordered list marker `+`, expected `*`
 *
 * @example
 *   {"name": "not-ok.md", "label": "output", "config": "🌍", "positionless": true}
 *
 *   1:1: Unexpected value `🌍` for `options`, expected `'*'`, `'+'`, `'-'`, or `'consistent'`
 */
const Ee=lintRule({origin:"remark-lint:unordered-list-marker-style",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-unordered-list-marker-style#readme"},function(e,t,n){const i=String(t);let o;let s;if(n===null||n===undefined||n==="consistent"){}else if(n==="*"||n==="+"||n==="-"){o=n}else{t.fail("Unexpected value `"+n+"` for `options`, expected `'*'`, `'+'`, `'-'`, or `'consistent'`")}(0,l.VG)(e,function(e,n){if((0,r.f)(e)){return l._Z}if(e.type!=="listItem")return;const c=n.at(-1);if(!c||c.type!=="list"||c.ordered)return;const u=a(e);if(!u||typeof u.offset!=="number")return;const d=i.charCodeAt(u.offset);const p=d===42?"*":d===43?"+":d===45?"-":undefined;if(!p)return;if(o){if(p!==o){t.message("Unexpected unordered list marker `"+p+"`, expected `"+o+"`",{ancestors:[...n,e],cause:s,place:u})}}else{o=p;s=new f.o("Unordered list marker style `"+o+"` first defined for `'consistent'` here",{ancestors:[...n,e],place:u,ruleId:"unordered-list-marker-style",source:"remark-lint"})}})});const Te=Ee;const Oe=["definition","image","link"];const Le=["definition","footnoteDefinition"];const Ie=["heading"];const Ne=["listItem"];const _e=["code"];const Pe={"heading-increment":["heading","html","mdxJsxFlowElement","mdxJsxTextElement"],"no-empty-url":Oe,"unordered-list-marker-style":Ne,"ordered-list-marker-style":Ne,"no-unused-definitions":Le,"no-duplicate-definitions":Le,"no-heading-content-indent":Ie,"no-blockquote-without-marker":["blockquote"],"checkbox-character-style":Ne,"code-block-style":_e,"fenced-code-marker":_e,"emphasis-marker":["emphasis"],"strong-marker":["strong"],"heading-style":Ie,"link-title-style":Oe};function remarkRule(e,t,n,r,i,o){const s={id:e,category:"markdown",severity:n,fixable:false,docs:r,messages:{reported:{en:"{reason}",ko:i}},plugin:t};if(o!==undefined)s.option=o;if(o==="consistent")s.oncePerFile=true;if(Pe[e])s.nodeTypes=Pe[e];return s}const Re=[remarkRule("heading-increment",I,"warning",{en:"Headings go down one level at a time (no h2 followed by h4).",ko:"제목 단계는 한 번에 한 단계씩만 내려갑니다(h2 다음에 h4 금지)."},"{v1}단계 제목이 나왔습니다. 단계를 건너뛰지 말고 {v2}단계로 쓰세요"),remarkRule("no-empty-url",Y,"error",{en:"Links and images need a URL: `[text]()` goes nowhere.",ko:"링크와 이미지에는 URL이 있어야 합니다. `[글]()`은 아무 데도 가지 않습니다."},"URL이 비어 있는 링크나 이미지입니다"),remarkRule("unordered-list-marker-style",Te,"warning",{en:"Bullet lists use one marker (`-`, `*` or `+`) throughout the post.",ko:"글머리 목록은 한 글 안에서 한 가지 기호(`-`, `*`, `+`)만 씁니다."},"목록 기호가 일관되지 않습니다 {values}","consistent"),remarkRule("ordered-list-marker-style",ye,"warning",{en:"Numbered lists use one delimiter (`1.` or `1)`) throughout the post.",ko:"번호 목록은 한 가지 구분자(`1.` 또는 `1)`)만 씁니다."},"번호 목록 구분자가 일관되지 않습니다 {values}","consistent"),remarkRule("ordered-list-marker-value",be,"off",{en:"Numbered list values follow one style.",ko:"번호 목록의 숫자는 한 가지 방식으로 매깁니다."},"번호 목록의 숫자가 일관되지 않습니다 {values}","consistent"),remarkRule("no-undefined-references",pe,"off",{en:"`[text]` and `![[image]]` need a matching definition, or the brackets show up as text.",ko:"`[글]`, `![[이미지]]`에는 대응하는 정의가 있어야 합니다. 없으면 대괄호가 그대로 보입니다."},"정의되지 않은 참조입니다 {values}. 정의를 추가하거나 `\\[`로 이스케이프하세요"),remarkRule("no-unused-definitions",me,"warning",{en:"Link definitions that nothing uses are dead weight.",ko:"아무도 쓰지 않는 링크 정의입니다."},"쓰이지 않는 정의입니다 {values}"),remarkRule("no-duplicate-definitions",V,"error",{en:"A link definition label is defined once.",ko:"링크 정의 레이블은 한 번만 정의합니다."},"같은 정의가 두 번 있습니다 {values}"),remarkRule("final-newline",S,"warning",{en:"A post ends with a line break.",ko:"글은 줄바꿈으로 끝나야 합니다."},"파일 끝에 줄바꿈이 없습니다"),remarkRule("no-heading-content-indent",G,"warning",{en:"One space between `#` and the heading text.",ko:"`#`과 제목 사이에는 공백 한 칸만 둡니다."},"제목 앞 공백이 올바르지 않습니다 {values}"),remarkRule("no-blockquote-without-marker",z,"warning",{en:"Every line of a block quote starts with `>`.",ko:"인용문의 모든 줄은 `>`로 시작합니다."},"인용문 줄에 `>`가 없습니다"),remarkRule("list-item-bullet-indent",$,"off",{en:"List bullets are not indented.",ko:"목록 기호 앞에 들여쓰기를 하지 않습니다."},"목록 기호가 들여쓰여 있습니다 {values}"),remarkRule("blockquote-indentation",u,"off",{en:"Block quotes use one indentation after `>`.",ko:"인용문의 `>` 뒤 들여쓰기를 통일합니다."},"인용문 들여쓰기가 일관되지 않습니다 {values}","consistent"),remarkRule("checkbox-character-style",p,"warning",{en:"Task list checkboxes use one style.",ko:"할 일 목록의 체크 표시를 통일합니다."},"체크박스 표기가 일관되지 않습니다 {values}","consistent"),remarkRule("code-block-style",m,"warning",{en:"Code blocks are all fenced or all indented.",ko:"코드 블록은 모두 펜스(```) 또는 모두 들여쓰기로 씁니다."},"코드 블록 방식이 일관되지 않습니다 {values}","consistent"),remarkRule("fenced-code-marker",b,"warning",{en:"Code fences use one marker (``` or ~~~).",ko:"코드 펜스 기호(``` 또는 ~~~)를 통일합니다."},"코드 펜스 기호가 일관되지 않습니다 {values}","consistent"),remarkRule("emphasis-marker",y,"warning",{en:"Emphasis uses one marker (`*` or `_`).",ko:"기울임 기호(`*` 또는 `_`)를 통일합니다."},"기울임 기호가 일관되지 않습니다 {values}","consistent"),remarkRule("strong-marker",Se,"warning",{en:"Strong emphasis uses one marker (`**` or `__`).",ko:"굵게 기호(`**` 또는 `__`)를 통일합니다."},"굵게 기호가 일관되지 않습니다 {values}","consistent"),remarkRule("heading-style",_,"off",{en:"Headings use one style (`#` or underlined).",ko:"제목 표기 방식(`#` 또는 밑줄)을 통일합니다."},"제목 표기 방식이 일관되지 않습니다 {values}","consistent"),remarkRule("rule-style",xe,"off",{en:"Thematic breaks use one style.",ko:"구분선 표기를 통일합니다."},"구분선 표기가 일관되지 않습니다 {values}","consistent"),remarkRule("link-title-style",R,"warning",{en:"Link titles use one quote style.",ko:"링크 제목의 따옴표를 통일합니다."},"링크 제목 따옴표가 일관되지 않습니다 {values}","consistent"),remarkRule("no-shortcut-reference-image",re,"off",{en:"Reference images use `![alt][]`, not `![alt]`.",ko:"참조 이미지는 `![alt]` 대신 `![alt][]`로 씁니다."},"축약형 참조 이미지입니다 {values}"),remarkRule("no-shortcut-reference-link",oe,"off",{en:"Reference links use `[text][]`, not `[text]`.",ko:"참조 링크는 `[글]` 대신 `[글][]`로 씁니다."},"축약형 참조 링크입니다 {values}"),remarkRule("no-literal-urls",te,"off",{en:"Bare URLs are written as `<https://...>`.",ko:"맨 URL은 `<https://...>`로 감쌉니다."},"감싸지 않은 URL입니다 {values}"),remarkRule("hard-break-spaces",E,"off",{en:"Hard breaks use exactly two trailing spaces.",ko:"강제 줄바꿈은 줄 끝 공백 두 칸으로 씁니다."},"강제 줄바꿈 공백이 너무 많습니다"),remarkRule("list-item-indent",q,"off",{en:"List item content is indented by one space after the marker.",ko:"목록 기호 뒤 내용은 한 칸 띄웁니다."},"목록 항목 들여쓰기가 올바르지 않습니다 {values}"),remarkRule("list-item-content-indent",F,"off",{en:"List item content lines line up.",ko:"목록 항목의 내용 줄을 같은 위치에 맞춥니다."},"목록 항목 내용 정렬이 어긋났습니다 {values}"),remarkRule("table-cell-padding",Ce,"off",{en:"Table cells use one padding style.",ko:"표 칸의 여백 방식을 통일합니다."},"표 칸 여백이 일관되지 않습니다 {values}","consistent")];function backtickValues(e){const t=[...e.matchAll(/`([^`]*)`/g)].map(e=>"`"+e[1]+"`");return t.length>0?`(${t.join(", ")})`:""}},9260:(e,t,n)=>{n.d(t,{Ay:()=>c,Nr:()=>normalizeTerms,ZX:()=>termOptions,jx:()=>listValueFix});var r=n(8815);var i=n(3182);var o=n(2225);var s=n(9347);var a=n(7433);const l=["tags","categories"];function termOptions(e,t){return(0,o.Z$)(e.options("tags-normalize"),t,e.engine.lowercaseTags)}function normalizeTerms(e,t){const n=new Set;const r=[];for(const i of e){const e=(0,o.Kf)(i,t);const s=e.toLowerCase();if(e===""||n.has(s))continue;n.add(s);r.push(e)}return r}function listValueFix(e,t,n){const r=t.valueRange;if(!r||r[0]===r[1])return undefined;const i=e.frontmatter.format;if(i==="json")return undefined;return{edits:[{range:r,text:i==="toml"?(0,o.zV)(n):(0,o.yF)(n)}]}}const c=(0,i.K)({id:"tags-normalize",category:"tags",severity:"warning",fixable:true,docs:{en:"Tags and categories are a list of clean terms: a string becomes a list (Jekyll splits it on spaces), terms are trimmed, single-spaced and NFC (macOS writes NFD Hangul), case-only duplicates go, and `aliases` map variants (`k8s: kubernetes`). Tags keep their case unless the theme documents lowercase tags (Chirpy) or `case: lower` is set.",ko:"태그와 카테고리는 정돈된 용어 목록입니다. 문자열은 목록으로 바꾸고(Jekyll은 공백으로 나눔), 앞뒤 공백 제거, 공백 하나로, NFC(macOS는 한글을 NFD로 씀)로 맞추고, 대소문자만 다른 중복은 지우고, `aliases`로 변형을 통일합니다(`k8s: kubernetes`). 태그의 대소문자는 테마가 소문자 태그를 요구하거나(Chirpy) `case: lower`일 때만 바꿉니다."},messages:{stringToList:{en:"`{key}: {value}` is a string; write it as the list `{list}`.",ko:"`{key}: {value}` 값은 문자열입니다. 목록 `{list}`(으)로 쓰세요."},normalize:{en:"`{key}` should be `{list}` ({changes}).",ko:"`{key}` 값은 `{list}`(이)어야 합니다({changes})."}},check(e,t){if(!(0,s.BR)(e))return;for(const n of e.frontmatter.entries){if(!l.includes(n.key))continue;const r=termOptions(e,n.key);const i=n.value;if(typeof i==="string"){if(i.trim()===""||i.includes(","))continue;const a=normalizeTerms((0,o.Pr)(i,e.preset.taxonomyString==="split-on-spaces"),r);const l=e.frontmatter.format==="toml"?(0,o.zV)(a):(0,o.yF)(a);const c=listValueFix(e,n,a);t({messageId:"stringToList",data:{key:n.key,value:i,list:l},position:(0,s.TB)(e,n),...c?{fix:c}:{}});continue}if(!Array.isArray(i)||!i.every(e=>typeof e==="string"||typeof e==="number"))continue;const a=i.map(String);const c=normalizeTerms(a,r);const u=describeChanges(a,r);if(u.length===0)continue;const f=e.frontmatter.format==="yaml"?yamlItemEdits(e,n,a,r):listValueFix(e,n,c);const d=e.frontmatter.format==="toml"?(0,o.zV)(c):(0,o.yF)(c);t({messageId:"normalize",data:{key:n.key,list:d,changes:u.join(", ")},position:(0,s.TB)(e,n),...f?{fix:f}:{}})}}});function describeChanges(e,t){const n=new Set;const r=[];for(const i of e){const e=(0,o.Kf)(i,t);const s=e.toLowerCase();if(n.has(s)||e==="")r.push(`\`${i}\` ×`);else if(e!==i)r.push(i.normalize("NFC")===e?`\`${e}\` NFC`:`\`${i}\` → \`${e}\``);n.add(s)}return r}function yamlItemEdits(e,t,n,i){const s=t.yamlNode;if(!s||!(0,r.oP)(s)||s.items.length!==n.length)return undefined;const l=e.frontmatter.contentRange[0];const{text:c,lineStarts:u}=e.source;const f=[];const d=new Set;for(let t=0;t<n.length;t++){const p=s.items[t];if(!(0,r.jn)(p)||!p.range)return undefined;const h=l+p.range[0];const m=l+p.range[1];const g=(0,o.Kf)(n[t],i);const y=g.toLowerCase();if(d.has(y)||g===""){if(s.flow){const e=s.items[t-1];if(!e?.range)return undefined;f.push({range:[l+e.range[1],m],text:""})}else{const t=(0,a.t$)(e.source,h).line-1;const n=u[t];const r=u[t+1]??c.length;if(c.slice(n,h).trim()!=="-")return undefined;f.push({range:[n,r],text:""})}continue}d.add(y);if(typeof p.value==="string"&&g!==p.value)f.push({range:[h,m],text:(0,o.ft)(p,g)})}return f.length>0?{edits:f}:undefined}},3182:(e,t,n)=>{n.d(t,{K:()=>defineRule});function defineRule(e){return e}},9347:(e,t,n)=>{n.d(t,{BR:()=>hasUsableFrontmatter,T:()=>keyPosition,TB:()=>valuePosition,YE:()=>frontmatterPosition,_1:()=>renameKeyEdit,w4:()=>findEntry,z3:()=>isBlank});var r=n(7433);function keyPosition(e){return{line:e.line,column:e.column,endLine:e.line,endColumn:e.column+(e.keyRange[1]-e.keyRange[0])}}function valuePosition(e,t){if(!t.valueRange||t.valueRange[0]===t.valueRange[1])return keyPosition(t);const n=(0,r.t$)(e.source,t.valueRange[0]);const i=(0,r.t$)(e.source,t.valueRange[1]);return{line:n.line,column:n.column,endLine:i.line,endColumn:i.column}}function frontmatterPosition(){return{line:1,column:1,endLine:1,endColumn:4}}function findEntry(e,t){return e.frontmatter?.entries.find(e=>e.key===t)}function isBlank(e){return e===null||e===undefined||typeof e==="string"&&e.trim()===""||Array.isArray(e)&&e.length===0}function hasUsableFrontmatter(e){return!!e.frontmatter&&e.frontmatter.errors.length===0}function renameKeyEdit(e,t,n){const r=e.source.text.slice(t.keyRange[0],t.keyRange[1]);const i=/^["']/.exec(r)?.[0]??"";return{range:t.keyRange,text:i+n+i}}},311:(e,t,n)=>{n.d(t,{jZ:()=>o,lH:()=>r,wr:()=>i});const r="blog-post-lint";const i="0.1.0";const o="https://github.com/blog-post-lint/blog-post-lint"},181:t=>{t.exports=e(import.meta.url)("buffer")},3024:t=>{t.exports=e(import.meta.url)("node:fs")},6760:t=>{t.exports=e(import.meta.url)("node:path")},5919:t=>{t.exports=e(import.meta.url)("node:worker_threads")},932:t=>{t.exports=e(import.meta.url)("process")},7349:(e,t,n)=>{var r=n(1127);var i=n(3301);var o=n(4454);var s=n(2223);var a=n(7103);var l=n(334);var c=n(3142);function resolveCollection(e,t,n,r,i,o){const s=n.type==="block-map"?a.resolveBlockMap(e,t,n,r,o):n.type==="block-seq"?l.resolveBlockSeq(e,t,n,r,o):c.resolveFlowCollection(e,t,n,r,o);const u=s.constructor;if(i==="!"||i===u.tagName){s.tag=u.tagName;return s}if(i)s.tag=i;return s}function composeCollection(e,t,n,a,l){const c=a.tag;const u=!c?null:t.directives.tagName(c.source,e=>l(c,"TAG_RESOLVE_FAILED",e));if(n.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=a;const n=e&&c?e.offset>c.offset?e:c:e??c;if(n&&(!t||t.offset<n.offset)){const e="Missing newline after block sequence props";l(n,"MISSING_CHAR",e)}}const f=n.type==="block-map"?"map":n.type==="block-seq"?"seq":n.start.source==="{"?"map":"seq";if(!c||!u||u==="!"||u===o.YAMLMap.tagName&&f==="map"||u===s.YAMLSeq.tagName&&f==="seq"){return resolveCollection(e,t,n,l,u)}let d=t.schema.tags.find(e=>e.tag===u&&e.collection===f);if(!d){const r=t.schema.knownTags[u];if(r?.collection===f){t.schema.tags.push(Object.assign({},r,{default:false}));d=r}else{if(r){l(c,"BAD_COLLECTION_TYPE",`${r.tag} used for ${f} collection, but expects ${r.collection??"scalar"}`,true)}else{l(c,"TAG_RESOLVE_FAILED",`Unresolved tag: ${u}`,true)}return resolveCollection(e,t,n,l,u)}}const p=resolveCollection(e,t,n,l,u,d);const h=d.resolve?.(p,e=>l(c,"TAG_RESOLVE_FAILED",e),t.options)??p;const m=r.isNode(h)?h:new i.Scalar(h);m.range=p.range;m.tag=u;if(d?.format)m.format=d.format;return m}t.composeCollection=composeCollection},3683:(e,t,n)=>{var r=n(3021);var i=n(5937);var o=n(7788);var s=n(4631);function composeDoc(e,t,{offset:n,start:a,value:l,end:c},u){const f=Object.assign({_directives:t},e);const d=new r.Document(undefined,f);const p={atKey:false,atRoot:true,directives:d.directives,options:d.options,schema:d.schema};const h=s.resolveProps(a,{indicator:"doc-start",next:l??c?.[0],offset:n,onError:u,parentIndent:0,startOnNewline:true});if(h.found){d.directives.docStart=true;if(l&&(l.type==="block-map"||l.type==="block-seq")&&!h.hasNewline)u(h.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}d.contents=l?i.composeNode(p,l,h,u):i.composeEmptyNode(p,h.end,a,null,h,u);const m=d.contents.range[2];const g=o.resolveEnd(c,m,false,u);if(g.comment)d.comment=g.comment;d.range=[n,m,g.offset];return d}t.composeDoc=composeDoc},5937:(e,t,n)=>{var r=n(4065);var i=n(1127);var o=n(7349);var s=n(5413);var a=n(7788);var l=n(2599);const c={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,n,r){const a=e.atKey;const{spaceBefore:l,comment:u,anchor:f,tag:d}=n;let p;let h=true;switch(t.type){case"alias":p=composeAlias(e,t,r);if(f||d)r(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":p=s.composeScalar(e,t,d,r);if(f)p.anchor=f.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{p=o.composeCollection(c,e,t,n,r);if(f)p.anchor=f.source.substring(1)}catch(e){const n=e instanceof Error?e.message:String(e);r(t,"RESOURCE_EXHAUSTION",n)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;r(t,"UNEXPECTED_TOKEN",e);h=false}}p??(p=composeEmptyNode(e,t.offset,undefined,null,n,r));if(f&&p.anchor==="")r(f,"BAD_ALIAS","Anchor cannot be an empty string");if(a&&e.options.stringKeys&&(!i.isScalar(p)||typeof p.value!=="string"||p.tag&&p.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";r(d??t,"NON_STRING_KEY",e)}if(l)p.spaceBefore=true;if(u){if(t.type==="scalar"&&t.source==="")p.comment=u;else p.commentBefore=u}if(e.options.keepSourceTokens&&h)p.srcToken=t;return p}function composeEmptyNode(e,t,n,r,{spaceBefore:i,comment:o,anchor:a,tag:c,end:u},f){const d={type:"scalar",offset:l.emptyScalarPosition(t,n,r),indent:-1,source:""};const p=s.composeScalar(e,d,c,f);if(a){p.anchor=a.source.substring(1);if(p.anchor==="")f(a,"BAD_ALIAS","Anchor cannot be an empty string")}if(i)p.spaceBefore=true;if(o){p.comment=o;p.range[2]=u}return p}function composeAlias({options:e},{offset:t,source:n,end:i},o){const s=new r.Alias(n.substring(1));if(s.source==="")o(t,"BAD_ALIAS","Alias cannot be an empty string");if(s.source.endsWith(":"))o(t+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const l=t+n.length;const c=a.resolveEnd(i,l,e.strict,o);s.range=[t,l,c.offset];if(c.comment)s.comment=c.comment;return s}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,n)=>{var r=n(1127);var i=n(3301);var o=n(8913);var s=n(6842);function composeScalar(e,t,n,a){const{value:l,type:c,comment:u,range:f}=t.type==="block-scalar"?o.resolveBlockScalar(e,t,a):s.resolveFlowScalar(t,e.options.strict,a);const d=n?e.directives.tagName(n.source,e=>a(n,"TAG_RESOLVE_FAILED",e)):null;let p;if(e.options.stringKeys&&e.atKey){p=e.schema[r.SCALAR]}else if(d)p=findScalarTagByName(e.schema,l,d,n,a);else if(t.type==="scalar")p=findScalarTagByTest(e,l,t,a);else p=e.schema[r.SCALAR];let h;try{const o=p.resolve(l,e=>a(n??t,"TAG_RESOLVE_FAILED",e),e.options);h=r.isScalar(o)?o:new i.Scalar(o)}catch(e){const r=e instanceof Error?e.message:String(e);a(n??t,"TAG_RESOLVE_FAILED",r);h=new i.Scalar(l)}h.range=f;h.source=l;if(c)h.type=c;if(d)h.tag=d;if(p.format)h.format=p.format;if(u)h.comment=u;return h}function findScalarTagByName(e,t,n,i,o){if(n==="!")return e[r.SCALAR];const s=[];for(const t of e.tags){if(!t.collection&&t.tag===n){if(t.default&&t.test)s.push(t);else return t}}for(const e of s)if(e.test?.test(t))return e;const a=e.knownTags[n];if(a&&!a.collection){e.tags.push(Object.assign({},a,{default:false,test:undefined}));return a}o(i,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,n!=="tag:yaml.org,2002:str");return e[r.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:n},i,o,s){const a=n.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(i))||n[r.SCALAR];if(n.compat){const e=n.compat.find(e=>e.default&&e.test?.test(i))??n[r.SCALAR];if(a.tag!==e.tag){const n=t.tagString(a.tag);const r=t.tagString(e.tag);const i=`Value may be parsed as either ${n} or ${r}`;s(o,"TAG_RESOLVE_FAILED",i,true)}}return a}t.composeScalar=composeScalar},9984:(e,t,n)=>{var r=n(932);var i=n(1342);var o=n(3021);var s=n(1464);var a=n(1127);var l=n(3683);var c=n(7788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:n}=e;return[t,t+(typeof n==="string"?n.length:1)]}function parsePrelude(e){let t="";let n=false;let r=false;for(let i=0;i<e.length;++i){const o=e[i];switch(o[0]){case"#":t+=(t===""?"":r?"\n\n":"\n")+(o.substring(1)||" ");n=true;r=false;break;case"%":if(e[i+1]?.[0]!=="#")i+=1;n=false;break;default:if(!n)r=true;n=false}}return{comment:t,afterEmptyLine:r}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,n,r)=>{const i=getErrorPos(e);if(r)this.warnings.push(new s.YAMLWarning(i,t,n));else this.errors.push(new s.YAMLParseError(i,t,n))};this.directives=new i.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:n,afterEmptyLine:r}=parsePrelude(this.prelude);if(n){const i=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${n}`:n}else if(r||e.directives.docStart||!i){e.commentBefore=n}else if(a.isCollection(i)&&!i.flow&&i.items.length>0){let e=i.items[0];if(a.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${n}\n${t}`:n}else{const e=i.commentBefore;i.commentBefore=e?`${n}\n${e}`:n}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,n=-1){for(const t of e)yield*this.next(t);yield*this.end(t,n)}*next(e){if(r.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,n,r)=>{const i=getErrorPos(e);i[0]+=t;this.onError(i,"BAD_DIRECTIVE",n,r)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=l.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const n=new s.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(n);else this.doc.errors.push(n);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new s.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=c.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new s.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const n=new o.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");n.range=[0,t,t];this.decorate(n,false);yield n}}}t.Composer=Composer},7103:(e,t,n)=>{var r=n(7165);var i=n(4454);var o=n(4631);var s=n(9499);var a=n(4051);var l=n(1187);const c="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},n,u,f,d){const p=d?.nodeClass??i.YAMLMap;const h=new p(n.schema);if(n.atRoot)n.atRoot=false;let m=u.offset;let g=null;for(const i of u.items){const{start:d,key:p,sep:y,value:k}=i;const b=o.resolveProps(d,{indicator:"explicit-key-ind",next:p??y?.[0],offset:m,onError:f,parentIndent:u.indent,startOnNewline:true});const w=!b.found;if(w){if(p){if(p.type==="block-seq")f(m,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in p&&p.indent!==u.indent)f(m,"BAD_INDENT",c)}if(!b.anchor&&!b.tag&&!y){g=b.end;if(b.comment){if(h.comment)h.comment+="\n"+b.comment;else h.comment=b.comment}continue}if(b.newlineAfterProp||s.containsNewline(p)){f(p??d[d.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(b.found?.indent!==u.indent){f(m,"BAD_INDENT",c)}n.atKey=true;const x=b.end;const v=p?e(n,p,b,f):t(n,x,d,null,b,f);if(n.schema.compat)a.flowIndentCheck(u.indent,p,f);n.atKey=false;if(l.mapIncludes(n,h.items,v))f(x,"DUPLICATE_KEY","Map keys must be unique");const S=o.resolveProps(y??[],{indicator:"map-value-ind",next:k,offset:v.range[2],onError:f,parentIndent:u.indent,startOnNewline:!p||p.type==="block-scalar"});m=S.end;if(S.found){if(w){if(k?.type==="block-map"&&!S.hasNewline)f(m,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(n.options.strict&&b.start<S.found.offset-1024)f(v.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const o=k?e(n,k,S,f):t(n,m,y,null,S,f);if(n.schema.compat)a.flowIndentCheck(u.indent,k,f);m=o.range[2];const s=new r.Pair(v,o);if(n.options.keepSourceTokens)s.srcToken=i;h.items.push(s)}else{if(w)f(v.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(S.comment){if(v.comment)v.comment+="\n"+S.comment;else v.comment=S.comment}const e=new r.Pair(v);if(n.options.keepSourceTokens)e.srcToken=i;h.items.push(e)}}if(g&&g<m)f(g,"IMPOSSIBLE","Map comment with trailing content");h.range=[u.offset,m,g??m];return h}t.resolveBlockMap=resolveBlockMap},8913:(e,t,n)=>{var r=n(3301);function resolveBlockScalar(e,t,n){const i=t.offset;const o=parseBlockScalarHeader(t,e.options.strict,n);if(!o)return{value:"",type:null,comment:"",range:[i,i,i]};const s=o.mode===">"?r.Scalar.BLOCK_FOLDED:r.Scalar.BLOCK_LITERAL;const a=t.source?splitLines(t.source):[];let l=a.length;for(let e=a.length-1;e>=0;--e){const t=a[e][1];if(t===""||t==="\r")l=e;else break}if(l===0){const e=o.chomp==="+"&&a.length>0?"\n".repeat(Math.max(1,a.length-1)):"";let n=i+o.length;if(t.source)n+=t.source.length;return{value:e,type:s,comment:o.comment,range:[i,n,n]}}let c=t.indent+o.indent;let u=t.offset+o.length;let f=0;for(let t=0;t<l;++t){const[r,i]=a[t];if(i===""||i==="\r"){if(o.indent===0&&r.length>c)c=r.length}else{if(r.length<c){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";n(u+r.length,"MISSING_CHAR",e)}if(o.indent===0)c=r.length;f=t;if(c===0&&!e.atRoot){const e="Block scalar values in collections must be indented";n(u,"BAD_INDENT",e)}break}u+=r.length+i.length+1}for(let e=a.length-1;e>=l;--e){if(a[e][0].length>c)l=e+1}let d="";let p="";let h=false;for(let e=0;e<f;++e)d+=a[e][0].slice(c)+"\n";for(let e=f;e<l;++e){let[t,i]=a[e];u+=t.length+i.length+1;const l=i[i.length-1]==="\r";if(l)i=i.slice(0,-1);if(i&&t.length<c){const e=o.indent?"explicit indentation indicator":"first line";const r=`Block scalar lines must not be less indented than their ${e}`;n(u-i.length-(l?2:1),"BAD_INDENT",r);t=""}if(s===r.Scalar.BLOCK_LITERAL){d+=p+t.slice(c)+i;p="\n"}else if(t.length>c||i[0]==="\t"){if(p===" ")p="\n";else if(!h&&p==="\n")p="\n\n";d+=p+t.slice(c)+i;p="\n";h=true}else if(i===""){if(p==="\n")d+="\n";else p="\n"}else{d+=p+i;p=" ";h=false}}switch(o.chomp){case"-":break;case"+":for(let e=l;e<a.length;++e)d+="\n"+a[e][0].slice(c);if(d[d.length-1]!=="\n")d+="\n";break;default:d+="\n"}const m=i+o.length+t.source.length;return{value:d,type:s,comment:o.comment,range:[i,m,m]}}function parseBlockScalarHeader({offset:e,props:t},n,r){if(t[0].type!=="block-scalar-header"){r(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:i}=t[0];const o=i[0];let s=0;let a="";let l=-1;for(let t=1;t<i.length;++t){const n=i[t];if(!a&&(n==="-"||n==="+"))a=n;else{const r=Number(n);if(!s&&r)s=r;else if(l===-1)l=e+t}}if(l!==-1)r(l,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let c=false;let u="";let f=i.length;for(let e=1;e<t.length;++e){const i=t[e];switch(i.type){case"space":c=true;case"newline":f+=i.source.length;break;case"comment":if(n&&!c){const e="Comments must be separated from other tokens by white space characters";r(i,"MISSING_CHAR",e)}f+=i.source.length;u=i.source.substring(1);break;case"error":r(i,"UNEXPECTED_TOKEN",i.message);f+=i.source.length;break;default:{const e=`Unexpected token in block scalar header: ${i.type}`;r(i,"UNEXPECTED_TOKEN",e);const t=i.source;if(t&&typeof t==="string")f+=t.length}}}return{mode:o,indent:s,chomp:a,comment:u,length:f}}function splitLines(e){const t=e.split(/\n( *)/);const n=t[0];const r=n.match(/^( *)/);const i=r?.[1]?[r[1],n.slice(r[1].length)]:["",n];const o=[i];for(let e=1;e<t.length;e+=2)o.push([t[e],t[e+1]]);return o}t.resolveBlockScalar=resolveBlockScalar},334:(e,t,n)=>{var r=n(2223);var i=n(4631);var o=n(4051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},n,s,a,l){const c=l?.nodeClass??r.YAMLSeq;const u=new c(n.schema);if(n.atRoot)n.atRoot=false;if(n.atKey)n.atKey=false;let f=s.offset;let d=null;for(const{start:r,value:l}of s.items){const c=i.resolveProps(r,{indicator:"seq-item-ind",next:l,offset:f,onError:a,parentIndent:s.indent,startOnNewline:true});if(!c.found){if(c.anchor||c.tag||l){if(l?.type==="block-seq")a(c.end,"BAD_INDENT","All sequence items must start at the same column");else a(f,"MISSING_CHAR","Sequence item without - indicator")}else{d=c.end;if(c.comment)u.comment=c.comment;continue}}const p=l?e(n,l,c,a):t(n,c.end,r,null,c,a);if(n.schema.compat)o.flowIndentCheck(s.indent,l,a);f=p.range[2];u.items.push(p)}u.range=[s.offset,f,d??f];return u}t.resolveBlockSeq=resolveBlockSeq},7788:(e,t)=>{function resolveEnd(e,t,n,r){let i="";if(e){let o=false;let s="";for(const a of e){const{source:e,type:l}=a;switch(l){case"space":o=true;break;case"comment":{if(n&&!o)r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!i)i=t;else i+=s+t;s="";break}case"newline":if(i)s+=e;o=true;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${l} at node end`)}t+=e.length}}return{comment:i,offset:t}}t.resolveEnd=resolveEnd},3142:(e,t,n)=>{var r=n(1127);var i=n(7165);var o=n(4454);var s=n(2223);var a=n(7788);var l=n(4631);var c=n(9499);var u=n(1187);const f="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},n,d,p,h){const m=d.start.source==="{";const g=m?"flow map":"flow sequence";const y=h?.nodeClass??(m?o.YAMLMap:s.YAMLSeq);const k=new y(n.schema);k.flow=true;const b=n.atRoot;if(b)n.atRoot=false;if(n.atKey)n.atKey=false;let w=d.offset+d.start.source.length;for(let s=0;s<d.items.length;++s){const a=d.items[s];const{start:h,key:y,sep:b,value:x}=a;const v=l.resolveProps(h,{flow:g,indicator:"explicit-key-ind",next:y??b?.[0],offset:w,onError:p,parentIndent:d.indent,startOnNewline:false});if(!v.found){if(!v.anchor&&!v.tag&&!b&&!x){if(s===0&&v.comma)p(v.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`);else if(s<d.items.length-1)p(v.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${g}`);if(v.comment){if(k.comment)k.comment+="\n"+v.comment;else k.comment=v.comment}w=v.end;continue}if(!m&&n.options.strict&&c.containsNewline(y))p(y,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(s===0){if(v.comma)p(v.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`)}else{if(!v.comma)p(v.start,"MISSING_CHAR",`Missing , between ${g} items`);if(v.comment){let e="";e:for(const t of h){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=k.items[k.items.length-1];if(r.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;v.comment=v.comment.substring(e.length+1)}}}if(!m&&!b&&!v.found){const r=x?e(n,x,v,p):t(n,v.end,b,null,v,p);k.items.push(r);w=r.range[2];if(isBlock(x))p(r.range,"BLOCK_IN_FLOW",f)}else{n.atKey=true;const r=v.end;const s=y?e(n,y,v,p):t(n,r,h,null,v,p);if(isBlock(y))p(s.range,"BLOCK_IN_FLOW",f);n.atKey=false;const c=l.resolveProps(b??[],{flow:g,indicator:"map-value-ind",next:x,offset:s.range[2],onError:p,parentIndent:d.indent,startOnNewline:false});if(c.found){if(!m&&!v.found&&n.options.strict){if(b)for(const e of b){if(e===c.found)break;if(e.type==="newline"){p(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(v.start<c.found.offset-1024)p(c.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(x){if("source"in x&&x.source?.[0]===":")p(x,"MISSING_CHAR",`Missing space after : in ${g}`);else p(c.start,"MISSING_CHAR",`Missing , or : between ${g} items`)}const S=x?e(n,x,c,p):c.found?t(n,c.end,b,null,c,p):null;if(S){if(isBlock(x))p(S.range,"BLOCK_IN_FLOW",f)}else if(c.comment){if(s.comment)s.comment+="\n"+c.comment;else s.comment=c.comment}const A=new i.Pair(s,S);if(n.options.keepSourceTokens)A.srcToken=a;if(m){const e=k;if(u.mapIncludes(n,e.items,s))p(r,"DUPLICATE_KEY","Map keys must be unique");e.items.push(A)}else{const e=new o.YAMLMap(n.schema);e.flow=true;e.items.push(A);const t=(S??s).range;e.range=[s.range[0],t[1],t[2]];k.items.push(e)}w=S?S.range[2]:c.end}}const x=m?"}":"]";const[v,...S]=d.end;let A=w;if(v?.source===x)A=v.offset+v.source.length;else{const e=g[0].toUpperCase()+g.substring(1);const t=b?`${e} must end with a ${x}`:`${e} in block collection must be sufficiently indented and end with a ${x}`;p(w,b?"MISSING_CHAR":"BAD_INDENT",t);if(v&&v.source.length!==1)S.unshift(v)}if(S.length>0){const e=a.resolveEnd(S,A,n.options.strict,p);if(e.comment){if(k.comment)k.comment+="\n"+e.comment;else k.comment=e.comment}k.range=[d.offset,A,e.offset]}else{k.range=[d.offset,A,A]}return k}t.resolveFlowCollection=resolveFlowCollection},6842:(e,t,n)=>{var r=n(3301);var i=n(7788);function resolveFlowScalar(e,t,n){const{offset:o,type:s,source:a,end:l}=e;let c;let u;const _onError=(e,t,r)=>n(o+e,t,r);switch(s){case"scalar":c=r.Scalar.PLAIN;u=plainValue(a,_onError);break;case"single-quoted-scalar":c=r.Scalar.QUOTE_SINGLE;u=singleQuotedValue(a,_onError);break;case"double-quoted-scalar":c=r.Scalar.QUOTE_DOUBLE;u=doubleQuotedValue(a,_onError);break;default:n(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${s}`);return{value:"",type:null,comment:"",range:[o,o+a.length,o+a.length]}}const f=o+a.length;const d=i.resolveEnd(l,f,t,n);return{value:u,type:c,comment:d.comment,range:[o,f,d.offset]}}function plainValue(e,t){let n="";switch(e[0]){case"\t":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":{n=`block scalar indicator ${e[0]}`;break}case"@":case"`":{n=`reserved character ${e[0]}`;break}}if(n)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let n=t.exec(e);if(!n)return e;let r,i;try{r=new RegExp("(?<![ \t])[ \t]+$");i=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{r=/[ \t]+$/;i=/^[ \t]+|[ \t]+$/g}let o=n[1].replace(r,"");let s=" ";let a=t.lastIndex;while(n=t.exec(e)){const e=n[1].replace(i,"");if(e===""){if(s==="\n")o+=s;else s="\n"}else{o+=s+e;s=" "}a=t.lastIndex}const l=/[ \t]*(.*)/sy;l.lastIndex=a;n=l.exec(e);return o+s+(n?.[1]??"")}function doubleQuotedValue(e,t){let n="";for(let r=1;r<e.length-1;++r){const i=e[r];if(i==="\r"&&e[r+1]==="\n")continue;if(i==="\n"){const{fold:t,offset:i}=foldNewline(e,r);n+=t;r=i}else if(i==="\\"){let i=e[++r];const s=o[i];if(s)n+=s;else if(i==="\n"){i=e[r+1];while(i===" "||i==="\t")i=e[++r+1]}else if(i==="\r"&&e[r+1]==="\n"){i=e[++r+1];while(i===" "||i==="\t")i=e[++r+1]}else if(i==="x"||i==="u"||i==="U"){const o=i==="x"?2:i==="u"?4:8;n+=parseCharCode(e,r+1,o,t);r+=o}else{const i=e.substr(r-1,2);t(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${i}`);n+=i}}else if(i===" "||i==="\t"){const t=r;let o=e[r+1];while(o===" "||o==="\t")o=e[++r+1];if(o!=="\n"&&!(o==="\r"&&e[r+2]==="\n"))n+=r>t?e.slice(t,r+1):i}else{n+=i}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return n}function foldNewline(e,t){let n="";let r=e[t+1];while(r===" "||r==="\t"||r==="\n"||r==="\r"){if(r==="\r"&&e[t+2]!=="\n")break;if(r==="\n")n+="\n";t+=1;r=e[t+1]}if(!n)n=" ";return{fold:n,offset:t}}const o={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,n,r){const i=e.substr(t,n);const o=i.length===n&&/^[0-9a-fA-F]+$/.test(i);const s=o?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{const i=e.substr(t-2,n+2);r(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${i}`);return i}}t.resolveFlowScalar=resolveFlowScalar},4631:(e,t)=>{function resolveProps(e,{flow:t,indicator:n,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let l=false;let c=a;let u=a;let f="";let d="";let p=false;let h=false;let m=null;let g=null;let y=null;let k=null;let b=null;let w=null;let x=null;for(const i of e){if(h){if(i.type!=="space"&&i.type!=="newline"&&i.type!=="comma")o(i.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");h=false}if(m){if(c&&i.type!=="comment"&&i.type!=="newline"){o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation")}m=null}switch(i.type){case"space":if(!t&&(n!=="doc-start"||r?.type!=="flow-collection")&&i.source.includes("\t")){m=i}u=true;break;case"comment":{if(!u)o(i,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=i.source.substring(1)||" ";if(!f)f=e;else f+=d+e;d="";c=false;break}case"newline":if(c){if(f)f+=i.source;else if(!w||n!=="seq-item-ind")l=true}else d+=i.source;c=true;p=true;if(g||y)k=i;u=true;break;case"anchor":if(g)o(i,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(i.source.endsWith(":"))o(i.offset+i.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);g=i;x??(x=i.offset);c=false;u=false;h=true;break;case"tag":{if(y)o(i,"MULTIPLE_TAGS","A node can have at most one tag");y=i;x??(x=i.offset);c=false;u=false;h=true;break}case n:if(g||y)o(i,"BAD_PROP_ORDER",`Anchors and tags must be after the ${i.source} indicator`);if(w)o(i,"UNEXPECTED_TOKEN",`Unexpected ${i.source} in ${t??"collection"}`);w=i;c=n==="seq-item-ind"||n==="explicit-key-ind";u=false;break;case"comma":if(t){if(b)o(i,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);b=i;c=false;u=false;break}default:o(i,"UNEXPECTED_TOKEN",`Unexpected ${i.type} token`);c=false;u=false}}const v=e[e.length-1];const S=v?v.offset+v.source.length:i;if(h&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")){o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(m&&(c&&m.indent<=s||r?.type==="block-map"||r?.type==="block-seq"))o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:b,found:w,spaceBefore:l,comment:f,hasNewline:p,anchor:g,tag:y,newlineAfterProp:k,end:S,start:x??S}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},2599:(e,t)=>{function emptyScalarPosition(e,t,n){if(t){n??(n=t.length);for(let r=n-1;r>=0;--r){let n=t[r];switch(n.type){case"space":case"comment":case"newline":e-=n.source.length;continue}n=t[++r];while(n?.type==="space"){e+=n.source.length;n=t[++r]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},4051:(e,t,n)=>{var r=n(9499);function flowIndentCheck(e,t,n){if(t?.type==="flow-collection"){const i=t.end[0];if(i.indent===e&&(i.source==="]"||i.source==="}")&&r.containsNewline(t)){const e="Flow end indicator should be more indented than parent";n(i,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},1187:(e,t,n)=>{var r=n(1127);function mapIncludes(e,t,n){const{uniqueKeys:i}=e.options;if(i===false)return false;const o=typeof i==="function"?i:(e,t)=>e===t||r.isScalar(e)&&r.isScalar(t)&&e.value===t.value;return t.some(e=>o(e.key,n))}t.mapIncludes=mapIncludes},3021:(e,t,n)=>{var r=n(4065);var i=n(101);var o=n(1127);var s=n(7165);var a=n(4043);var l=n(5840);var c=n(6829);var u=n(1596);var f=n(3661);var d=n(2404);var p=n(1342);class Document{constructor(e,t,n){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,o.NODE_TYPE,{value:o.DOC});let r=null;if(typeof t==="function"||Array.isArray(t)){r=t}else if(n===undefined&&t){n=t;t=undefined}const i=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},n);this.options=i;let{version:s}=i;if(n?._directives){this.directives=n._directives.atDocument();if(this.directives.yaml.explicit)s=this.directives.yaml.version}else this.directives=new p.Directives({version:s});this.setSchema(s,n);this.contents=e===undefined?null:this.createNode(e,r,n)}clone(){const e=Object.create(Document.prototype,{[o.NODE_TYPE]:{value:o.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=o.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const n=u.anchorNames(this);e.anchor=!t||n.has(t)?u.findNewAnchor(t||"a",n):t}return new r.Alias(e.anchor)}createNode(e,t,n){let r=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);r=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);r=t}else if(n===undefined&&t){n=t;t=undefined}const{aliasDuplicateObjects:i,anchorPrefix:s,flow:a,keepUndefined:l,onTagObj:c,tag:f}=n??{};const{onAnchor:p,setAnchors:h,sourceObjects:m}=u.createNodeAnchors(this,s||"a");const g={aliasDuplicateObjects:i??true,keepUndefined:l??false,onAnchor:p,onTagObj:c,replacer:r,schema:this.schema,sourceObjects:m};const y=d.createNode(e,f,g);if(a&&o.isCollection(y))y.flow=true;h();return y}createPair(e,t,n={}){const r=this.createNode(e,null,n);const i=this.createNode(t,null,n);return new s.Pair(r,i)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(i.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return o.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(i.isEmptyPath(e))return!t&&o.isScalar(this.contents)?this.contents.value:this.contents;return o.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return o.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(i.isEmptyPath(e))return this.contents!==undefined;return o.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=i.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(i.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=i.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let n;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new p.Directives({version:"1.1"});n={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new p.Directives({version:e});n={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;n=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(n)this.schema=new l.Schema(Object.assign(n,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:n,maxAliasCount:r,onAnchor:i,reviver:o}={}){const s={anchors:new Map,doc:this,keep:!e,mapAsMap:n===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const l=a.toJS(this.contents,t??"",s);if(typeof i==="function")for(const{count:e,res:t}of s.anchors.values())i(t,e);return typeof o==="function"?f.applyReviver(o,{"":l},"",l):l}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return c.stringifyDocument(this,e)}}function assertCollection(e){if(o.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},1596:(e,t,n)=>{var r=n(1127);var i=n(204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const n=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(n)}return true}function anchorNames(e){const t=new Set;i.visit(e,{Value(e,n){if(n.anchor)t.add(n.anchor)}});return t}function findNewAnchor(e,t){for(let n=1;true;++n){const r=`${e}${n}`;if(!t.has(r))return r}}function createNodeAnchors(e,t){const n=[];const i=new Map;let o=null;return{onAnchor:r=>{n.push(r);o??(o=anchorNames(e));const i=findNewAnchor(t,o);o.add(i);return i},setAnchors:()=>{for(const e of n){const t=i.get(e);if(typeof t==="object"&&t.anchor&&(r.isScalar(t.node)||r.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:i}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},3661:(e,t)=>{function applyReviver(e,t,n,r){if(r&&typeof r==="object"){if(Array.isArray(r)){for(let t=0,n=r.length;t<n;++t){const n=r[t];const i=applyReviver(e,r,String(t),n);if(i===undefined)delete r[t];else if(i!==n)r[t]=i}}else if(r instanceof Map){for(const t of Array.from(r.keys())){const n=r.get(t);const i=applyReviver(e,r,t,n);if(i===undefined)r.delete(t);else if(i!==n)r.set(t,i)}}else if(r instanceof Set){for(const t of Array.from(r)){const n=applyReviver(e,r,t,t);if(n===undefined)r.delete(t);else if(n!==t){r.delete(t);r.add(n)}}}else{for(const[t,n]of Object.entries(r)){const i=applyReviver(e,r,t,n);if(i===undefined)delete r[t];else if(i!==n)r[t]=i}}}return e.call(t,n,r)}t.applyReviver=applyReviver},2404:(e,t,n)=>{var r=n(4065);var i=n(1127);var o=n(3301);const s="tag:yaml.org,2002:";function findTagObject(e,t,n){if(t){const e=n.filter(e=>e.tag===t);const r=e.find(e=>!e.format)??e[0];if(!r)throw new Error(`Tag ${t} not found`);return r}return n.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,n){if(i.isDocument(e))e=e.contents;if(i.isNode(e))return e;if(i.isPair(e)){const t=n.schema[i.MAP].createNode?.(n.schema,null,n);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:a,onAnchor:l,onTagObj:c,schema:u,sourceObjects:f}=n;let d=undefined;if(a&&e&&typeof e==="object"){d=f.get(e);if(d){d.anchor??(d.anchor=l(e));return new r.Alias(d.anchor)}else{d={anchor:null,node:null};f.set(e,d)}}if(t?.startsWith("!!"))t=s+t.slice(2);let p=findTagObject(e,t,u.tags);if(!p){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new o.Scalar(e);if(d)d.node=t;return t}p=e instanceof Map?u[i.MAP]:Symbol.iterator in Object(e)?u[i.SEQ]:u[i.MAP]}if(c){c(p);delete n.onTagObj}const h=p?.createNode?p.createNode(n.schema,e,n):typeof p?.nodeClass?.from==="function"?p.nodeClass.from(n.schema,e,n):new o.Scalar(e);if(t)h.tag=t;else if(!p.default)h.tag=p.tag;if(d)d.node=h;return h}t.createNode=createNode},1342:(e,t,n)=>{var r=n(1127);var i=n(204);const o={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>o[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const n=e.trim().split(/[ \t]+/);const r=n.shift();switch(r){case"%TAG":{if(n.length!==2){t(0,"%TAG directive should contain exactly two parts");if(n.length<2)return false}const[e,r]=n;this.tags[e]=r;return true}case"%YAML":{this.yaml.explicit=true;if(n.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=n;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const n=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,n);return false}}default:t(0,`Unknown directive ${r}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const n=e.slice(2,-1);if(n==="!"||n==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return n}const[,n,r]=e.match(/^(.*!)([^!]*)$/s);if(!r)t(`The ${e} tag has no suffix`);const i=this.tags[n];if(i){try{return i+decodeURIComponent(r)}catch(e){t(String(e));return null}}if(n==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,n]of Object.entries(this.tags)){if(e.startsWith(n))return t+escapeTagName(e.substring(n.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const n=Object.entries(this.tags);let o;if(e&&n.length>0&&r.isNode(e.contents)){const t={};i.visit(e.contents,(e,n)=>{if(r.isNode(n)&&n.tag)t[n.tag]=true});o=Object.keys(t)}else o=[];for(const[r,i]of n){if(r==="!!"&&i==="tag:yaml.org,2002:")continue;if(!e||o.some(e=>e.startsWith(i)))t.push(`%TAG ${r} ${i}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},1464:(e,t)=>{class YAMLError extends Error{constructor(e,t,n,r){super();this.name=e;this.code=n;this.message=r;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,n){super("YAMLParseError",e,t,n)}}class YAMLWarning extends YAMLError{constructor(e,t,n){super("YAMLWarning",e,t,n)}}const prettifyError=(e,t)=>n=>{if(n.pos[0]===-1)return;n.linePos=n.pos.map(e=>t.linePos(e));const{line:r,col:i}=n.linePos[0];n.message+=` at line ${r}, column ${i}`;let o=i-1;let s=e.substring(t.lineStarts[r-1],t.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){const e=Math.min(o-39,s.length-79);s="…"+s.substring(e);o-=e-1}if(s.length>80)s=s.substring(0,79)+"…";if(r>1&&/^ *$/.test(s.substring(0,o))){let n=e.substring(t.lineStarts[r-2],t.lineStarts[r-1]);if(n.length>80)n=n.substring(0,79)+"…\n";s=n+s}if(/[^ ]/.test(s)){let e=1;const t=n.linePos[1];if(t?.line===r&&t.col>i){e=Math.max(1,Math.min(t.col-i,80-o))}const a=" ".repeat(o)+"^".repeat(e);n.message+=`:\n\n${s}\n${a}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},8815:(e,t,n)=>{var r;var i=n(9984);var o=n(3021);var s=n(5840);var a=n(1464);var l=n(4065);var c=n(1127);var u=n(7165);var f=n(3301);var d=n(4454);var p=n(2223);var h=n(3461);var m=n(361);var g=n(6628);var y=n(3456);var k=n(4047);var b=n(204);r=i.Composer;r=o.Document;r=s.Schema;r=a.YAMLError;r=a.YAMLParseError;r=a.YAMLWarning;r=l.Alias;r=c.isAlias;r=c.isCollection;r=c.isDocument;t.jh=c.isMap;r=c.isNode;r=c.isPair;t.jn=c.isScalar;t.oP=c.isSeq;r=u.Pair;r=f.Scalar;r=d.YAMLMap;r=p.YAMLSeq;r=h;r=m.Lexer;r=g.LineCounter;r=y.Parser;t.qg=k.parse;r=k.parseAllDocuments;t.Tp=k.parseDocument;r=k.stringify;r=b.visit;r=b.visitAsync},7249:(e,t,n)=>{var r=n(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof r.emitWarning==="function")r.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,n)=>{var r=n(1596);var i=n(204);var o=n(1127);var s=n(6673);var a=n(4043);class Alias extends s.NodeBase{constructor(e){super(o.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let n;if(t?.aliasResolveCache){n=t.aliasResolveCache}else{n=[];i.visit(e,{Node:(e,t)=>{if(o.isAlias(t)||o.hasAnchor(t))n.push(t)}});if(t)t.aliasResolveCache=n}let r=undefined;for(const e of n){if(e===this)break;if(e.anchor===this.source)r=e}if(r&&t){const{anchors:e,doc:n,maxAliasCount:i}=t;let o=e.get(r);if(!o){a.toJS(r,null,t);o=e.get(r)}if(o?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(i>=0){o.count+=1;if(o.aliasCount===0)o.aliasCount=getAliasCount(n,r,e);if(o.count*o.aliasCount>i){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return r}toJSON(e,t){if(!t)return{source:this.source};const n=this.resolve(t.doc,t);if(!n){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(n).res}toString(e,t,n){const i=`*${this.source}`;if(e){r.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${i} `}return i}}function getAliasCount(e,t,n){if(o.isAlias(t)){const r=t.resolve(e);const i=n&&r&&n.get(r);return i?i.count*i.aliasCount:0}else if(o.isCollection(t)){let r=0;for(const i of t.items){const t=getAliasCount(e,i,n);if(t>r)r=t}return r}else if(o.isPair(t)){const r=getAliasCount(e,t.key,n);const i=getAliasCount(e,t.value,n);return Math.max(r,i)}return 1}t.Alias=Alias},101:(e,t,n)=>{var r=n(2404);var i=n(1127);var o=n(6673);function collectionFromPath(e,t,n){let i=n;for(let e=t.length-1;e>=0;--e){const n=t[e];if(typeof n==="number"&&Number.isInteger(n)&&n>=0){const e=[];e[n]=i;i=e}else{i=new Map([[n,i]])}}return r.createNode(i,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends o.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>i.isNode(t)||i.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[n,...r]=e;const o=this.get(n,true);if(i.isCollection(o))o.addIn(r,t);else if(o===undefined&&this.schema)this.set(n,collectionFromPath(this.schema,r,t));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}deleteIn(e){const[t,...n]=e;if(n.length===0)return this.delete(t);const r=this.get(t,true);if(i.isCollection(r))return r.deleteIn(n);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${n}`)}getIn(e,t){const[n,...r]=e;const o=this.get(n,true);if(r.length===0)return!t&&i.isScalar(o)?o.value:o;else return i.isCollection(o)?o.getIn(r,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!i.isPair(t))return false;const n=t.value;return n==null||e&&i.isScalar(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(e){const[t,...n]=e;if(n.length===0)return this.has(t);const r=this.get(t,true);return i.isCollection(r)?r.hasIn(n):false}setIn(e,t){const[n,...r]=e;if(r.length===0){this.set(n,t)}else{const e=this.get(n,true);if(i.isCollection(e))e.setIn(r,t);else if(e===undefined&&this.schema)this.set(n,collectionFromPath(this.schema,r,t));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},6673:(e,t,n)=>{var r=n(3661);var i=n(1127);var o=n(4043);class NodeBase{constructor(e){Object.defineProperty(this,i.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:n,onAnchor:s,reviver:a}={}){if(!i.isDocument(e))throw new TypeError("A document argument is required");const l={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof n==="number"?n:100};const c=o.toJS(this,"",l);if(typeof s==="function")for(const{count:e,res:t}of l.anchors.values())s(t,e);return typeof a==="function"?r.applyReviver(a,{"":c},"",c):c}}t.NodeBase=NodeBase},7165:(e,t,n)=>{var r=n(2404);var i=n(9748);var o=n(7104);var s=n(1127);function createPair(e,t,n){const i=r.createNode(e,undefined,n);const o=r.createNode(t,undefined,n);return new Pair(i,o)}class Pair{constructor(e,t=null){Object.defineProperty(this,s.NODE_TYPE,{value:s.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:n}=this;if(s.isNode(t))t=t.clone(e);if(s.isNode(n))n=n.clone(e);return new Pair(t,n)}toJSON(e,t){const n=t?.mapAsMap?new Map:{};return o.addPairToJSMap(t,n,this)}toString(e,t,n){return e?.doc?i.stringifyPair(this,e,t,n):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},3301:(e,t,n)=>{var r=n(1127);var i=n(6673);var o=n(4043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends i.NodeBase{constructor(e){super(r.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:o.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},4454:(e,t,n)=>{var r=n(1212);var i=n(7104);var o=n(101);var s=n(1127);var a=n(7165);var l=n(3301);function findPair(e,t){const n=s.isScalar(t)?t.value:t;for(const r of e){if(s.isPair(r)){if(r.key===t||r.key===n)return r;if(s.isScalar(r.key)&&r.key.value===n)return r}}return undefined}class YAMLMap extends o.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(s.MAP,e);this.items=[]}static from(e,t,n){const{keepUndefined:r,replacer:i}=n;const o=new this(e);const add=(e,s)=>{if(typeof i==="function")s=i.call(t,e,s);else if(Array.isArray(i)&&!i.includes(e))return;if(s!==undefined||r)o.items.push(a.createPair(e,s,n))};if(t instanceof Map){for(const[e,n]of t)add(e,n)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){o.items.sort(e.sortMapEntries)}return o}add(e,t){let n;if(s.isPair(e))n=e;else if(!e||typeof e!=="object"||!("key"in e)){n=new a.Pair(e,e?.value)}else n=new a.Pair(e.key,e.value);const r=findPair(this.items,n.key);const i=this.schema?.sortMapEntries;if(r){if(!t)throw new Error(`Key ${n.key} already set`);if(s.isScalar(r.value)&&l.isScalarValue(n.value))r.value.value=n.value;else r.value=n.value}else if(i){const e=this.items.findIndex(e=>i(n,e)<0);if(e===-1)this.items.push(n);else this.items.splice(e,0,n)}else{this.items.push(n)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const n=this.items.splice(this.items.indexOf(t),1);return n.length>0}get(e,t){const n=findPair(this.items,e);const r=n?.value;return(!t&&s.isScalar(r)?r.value:r)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new a.Pair(e,t),true)}toJSON(e,t,n){const r=n?new n:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(r);for(const e of this.items)i.addPairToJSMap(t,r,e);return r}toString(e,t,n){if(!e)return JSON.stringify(this);for(const e of this.items){if(!s.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return r.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:n,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},2223:(e,t,n)=>{var r=n(2404);var i=n(1212);var o=n(101);var s=n(1127);var a=n(3301);var l=n(4043);class YAMLSeq extends o.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(s.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const n=this.items.splice(t,1);return n.length>0}get(e,t){const n=asItemIndex(e);if(typeof n!=="number")return undefined;const r=this.items[n];return!t&&s.isScalar(r)?r.value:r}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const n=asItemIndex(e);if(typeof n!=="number")throw new Error(`Expected a valid index, not ${e}.`);const r=this.items[n];if(s.isScalar(r)&&a.isScalarValue(t))r.value=t;else this.items[n]=t}toJSON(e,t){const n=[];if(t?.onCreate)t.onCreate(n);let r=0;for(const e of this.items)n.push(l.toJS(e,String(r++),t));return n}toString(e,t,n){if(!e)return JSON.stringify(this);return i.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:n,onComment:t})}static from(e,t,n){const{replacer:i}=n;const o=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let s of t){if(typeof i==="function"){const n=t instanceof Set?s:String(e++);s=i.call(t,n,s)}o.items.push(r.createNode(s,undefined,n))}}return o}}function asItemIndex(e){let t=s.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},7104:(e,t,n)=>{var r=n(7249);var i=n(452);var o=n(2148);var s=n(1127);var a=n(4043);function addPairToJSMap(e,t,{key:n,value:r}){if(s.isNode(n)&&n.addToJSMap)n.addToJSMap(e,t,r);else if(i.isMergeKey(e,n))i.addMergeToJSMap(e,t,r);else{const i=a.toJS(n,"",e);if(t instanceof Map){t.set(i,a.toJS(r,i,e))}else if(t instanceof Set){t.add(i)}else{const o=stringifyKey(n,i,e);const s=a.toJS(r,o,e);if(o in t)Object.defineProperty(t,o,{value:s,writable:true,enumerable:true,configurable:true});else t[o]=s}}return t}function stringifyKey(e,t,n){if(t===null)return"";if(typeof t!=="object")return String(t);if(s.isNode(e)&&n?.doc){const t=o.createStringifyContext(n.doc,{});t.anchors=new Set;for(const e of n.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const i=e.toString(t);if(!n.mapKeyWarned){let e=JSON.stringify(i);if(e.length>40)e=e.substring(0,36)+'..."';r.warn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);n.mapKeyWarned=true}return i}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},1127:(e,t)=>{const n=Symbol.for("yaml.alias");const r=Symbol.for("yaml.document");const i=Symbol.for("yaml.map");const o=Symbol.for("yaml.pair");const s=Symbol.for("yaml.scalar");const a=Symbol.for("yaml.seq");const l=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[l]===n;const isDocument=e=>!!e&&typeof e==="object"&&e[l]===r;const isMap=e=>!!e&&typeof e==="object"&&e[l]===i;const isPair=e=>!!e&&typeof e==="object"&&e[l]===o;const isScalar=e=>!!e&&typeof e==="object"&&e[l]===s;const isSeq=e=>!!e&&typeof e==="object"&&e[l]===a;function isCollection(e){if(e&&typeof e==="object")switch(e[l]){case i:case a:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[l]){case n:case i:case s:case a:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=n;t.DOC=r;t.MAP=i;t.NODE_TYPE=l;t.PAIR=o;t.SCALAR=s;t.SEQ=a;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},4043:(e,t,n)=>{var r=n(1127);function toJS(e,t,n){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),n));if(e&&typeof e.toJSON==="function"){if(!n||!r.hasAnchor(e))return e.toJSON(t,n);const i={aliasCount:0,count:1,res:undefined};n.anchors.set(e,i);n.onCreate=e=>{i.res=e;delete n.onCreate};const o=e.toJSON(t,n);if(n.onCreate)n.onCreate(o);return o}if(typeof e==="bigint"&&!n?.keep)return Number(e);return e}t.toJS=toJS},110:(e,t,n)=>{var r=n(8913);var i=n(6842);var o=n(1464);var s=n(3069);function resolveAsScalar(e,t=true,n){if(e){const _onError=(e,t,r)=>{const i=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(n)n(i,t,r);else throw new o.YAMLParseError([i,i+1],t,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return i.resolveFlowScalar(e,t,_onError);case"block-scalar":return r.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:n=false,indent:r,inFlow:i=false,offset:o=-1,type:a="PLAIN"}=t;const l=s.stringifyString({type:a,value:e},{implicitKey:n,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:true,lineWidth:-1}});const c=t.end??[{type:"newline",offset:-1,indent:r,source:"\n"}];switch(l[0]){case"|":case">":{const e=l.indexOf("\n");const t=l.substring(0,e);const n=l.substring(e+1)+"\n";const i=[{type:"block-scalar-header",offset:o,indent:r,source:t}];if(!addEndtoBlockProps(i,c))i.push({type:"newline",offset:-1,indent:r,source:"\n"});return{type:"block-scalar",offset:o,indent:r,props:i,source:n}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:l,end:c};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:l,end:c};default:return{type:"scalar",offset:o,indent:r,source:l,end:c}}}function setScalarValue(e,t,n={}){let{afterKey:r=false,implicitKey:i=false,inFlow:o=false,type:a}=n;let l="indent"in e?e.indent:null;if(r&&typeof l==="number")l+=2;if(!a)switch(e.type){case"single-quoted-scalar":a="QUOTE_SINGLE";break;case"double-quoted-scalar":a="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");a=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:a="PLAIN"}const c=s.stringifyString({type:a,value:t},{implicitKey:i||l===null,indent:l!==null&&l>0?" ".repeat(l):"",inFlow:o,options:{blockQuote:true,lineWidth:-1}});switch(c[0]){case"|":case">":setBlockScalarValue(e,c);break;case'"':setFlowScalarValue(e,c,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,c,"single-quoted-scalar");break;default:setFlowScalarValue(e,c,"scalar")}}function setBlockScalarValue(e,t){const n=t.indexOf("\n");const r=t.substring(0,n);const i=t.substring(n+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=r;e.source=i}else{const{offset:t}=e;const n="indent"in e?e.indent:-1;const o=[{type:"block-scalar-header",offset:t,indent:n,source:r}];if(!addEndtoBlockProps(o,"end"in e?e.end:undefined))o.push({type:"newline",offset:-1,indent:n,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:n,props:o,source:i})}}function addEndtoBlockProps(e,t){if(t)for(const n of t)switch(n.type){case"space":case"comment":e.push(n);break;case"newline":e.push(n);return true}return false}function setFlowScalarValue(e,t,n){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=n;e.source=t;break;case"block-scalar":{const r=e.props.slice(1);let i=t.length;if(e.props[0].type==="block-scalar-header")i-=e.props[0].source.length;for(const e of r)e.offset+=i;delete e.props;Object.assign(e,{type:n,source:t,end:r});break}case"block-map":case"block-seq":{const r=e.offset+t.length;const i={type:"newline",offset:r,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:n,source:t,end:[i]});break}default:{const r="indent"in e?e.indent:-1;const i="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:n,indent:r,source:t,end:i})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},1733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const n of e.props)t+=stringifyToken(n);return t+e.source}case"block-map":case"block-seq":{let t="";for(const n of e.items)t+=stringifyItem(n);return t}case"flow-collection":{let t=e.start.source;for(const n of e.items)t+=stringifyItem(n);for(const n of e.end)t+=n.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const n of e.end)t+=n.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const n of e.end)t+=n.source;return t}}}function stringifyItem({start:e,key:t,sep:n,value:r}){let i="";for(const t of e)i+=t.source;if(t)i+=stringifyToken(t);if(n)for(const e of n)i+=e.source;if(r)i+=stringifyToken(r);return i}t.stringify=stringify},7715:(e,t)=>{const n=Symbol("break visit");const r=Symbol("skip children");const i=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=n;visit.SKIP=r;visit.REMOVE=i;visit.itemAtPath=(e,t)=>{let n=e;for(const[e,r]of t){const t=n?.[e];if(t&&"items"in t){n=t.items[r]}else return undefined}return n};visit.parentCollection=(e,t)=>{const n=visit.itemAtPath(e,t.slice(0,-1));const r=t[t.length-1][0];const i=n?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function _visit(e,t,r){let o=r(t,e);if(typeof o==="symbol")return o;for(const s of["key","value"]){const a=t[s];if(a&&"items"in a){for(let t=0;t<a.items.length;++t){const o=_visit(Object.freeze(e.concat([[s,t]])),a.items[t],r);if(typeof o==="number")t=o-1;else if(o===n)return n;else if(o===i){a.items.splice(t,1);t-=1}}if(typeof o==="function"&&s==="key")o=o(t,e)}}return typeof o==="function"?o(t,e):o}t.visit=visit},3461:(e,t,n)=>{var r=n(110);var i=n(1733);var o=n(7715);const s="\ufeff";const a="";const l="";const c="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case s:return"<BOM>";case a:return"<DOC>";case l:return"<FLOW_END>";case c:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case s:return"byte-order-mark";case a:return"doc-mode";case l:return"flow-error-end";case c:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=r.createScalarToken;t.resolveAsScalar=r.resolveAsScalar;t.setScalarValue=r.setScalarValue;t.stringify=i.stringify;t.visit=o.visit;t.BOM=s;t.DOCUMENT=a;t.FLOW_END=l;t.SCALAR=c;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},361:(e,t,n)=>{var r=n(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const i=new Set("0123456789ABCDEFabcdef");const o=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const s=new Set(",[]{}");const a=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||a.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let n=this.next??"stream";while(n&&(t||this.hasChars(1)))n=yield*this.parseNext(n)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let n=0;while(t===" ")t=this.buffer[++n+e];if(t==="\r"){const t=this.buffer[n+e+1];if(t==="\n"||!t&&!this.atEnd)return e+n+1}return t==="\n"||n>=this.indentNext||!t&&!this.atEnd?e+n:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===r.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let n=e.indexOf("#");while(n!==-1){const r=e[n-1];if(r===" "||r==="\t"){t=n-1;break}else{n=e.indexOf("#",n+1)}}while(true){const n=e[t-1];if(n===" "||n==="\t")t-=1;else break}const r=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-r);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield r.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let n=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=n=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const i=this.getLine();if(i===null)return this.setNext("flow");if(n!==-1&&n<this.indentNext&&i[0]!=="#"||n===0&&(i.startsWith("---")||i.startsWith("..."))&&isEmpty(i[3])){const e=n===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}");if(!e){this.flowLevel=0;yield r.FLOW_END;return yield*this.parseLineStart()}}let o=0;while(i[o]===","){o+=(yield*this.pushCount(1));o+=(yield*this.pushSpaces(true));this.flowKey=false}o+=(yield*this.pushIndicators());switch(i[o]){case undefined:return"flow";case"#":yield*this.pushCount(i.length-o);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const n=this.buffer.substring(0,t);let r=n.indexOf("\n",this.pos);if(r!==-1){while(r!==-1){const e=this.continueScalar(r+1);if(e===-1)break;r=n.indexOf("\n",e)}if(r!==-1){t=r-(n[r-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let n;e:for(let r=this.pos;n=this.buffer[r];++r){switch(n){case" ":t+=1;break;case"\n":e=r;t=0;break;case"\r":{const e=this.buffer[r+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!n&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;n=this.buffer[i];while(n===" ")n=this.buffer[++i];if(n==="\t"){while(n==="\t"||n===" "||n==="\r"||n==="\n")n=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep){do{let n=e-1;let r=this.buffer[n];if(r==="\r")r=this.buffer[--n];const i=n;while(r===" ")r=this.buffer[--n];if(r==="\n"&&n>=this.pos&&n+1+t>i)e=n;else break}while(true)}yield r.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let n=this.pos-1;let i;while(i=this.buffer[++n]){if(i===":"){const r=this.buffer[n+1];if(isEmpty(r)||e&&s.has(r))break;t=n}else if(isEmpty(i)){let r=this.buffer[n+1];if(i==="\r"){if(r==="\n"){n+=1;i="\n";r=this.buffer[n+1]}else t=n}if(r==="#"||e&&s.has(r))break;if(i==="\n"){const e=this.continueScalar(n+1);if(e===-1)break;n=Math.max(n,e-2)}}else{if(e&&s.has(i))break;t=n}}if(!i&&!this.atEnd)return this.setNext("plain-scalar");yield r.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const n=this.buffer.slice(this.pos,e);if(n){yield n;this.pos+=n.length;return n.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const n=this.charAt(1);if(isEmpty(n)||t&&s.has(n)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(o.has(t))t=this.buffer[++e];else if(t==="%"&&i.has(this.buffer[e+1])&&i.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let n;do{n=this.buffer[++t]}while(n===" "||e&&n==="\t");const r=t-this.pos;if(r>0){yield this.buffer.substr(this.pos,r);this.pos=t}return r}*pushUntil(e){let t=this.pos;let n=this.buffer[t];while(!e(n))n=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},6628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let n=this.lineStarts.length;while(t<n){const r=t+n>>1;if(this.lineStarts[r]<e)t=r+1;else n=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const r=this.lineStarts[t-1];return{line:t,col:e-r+1}}}}t.LineCounter=LineCounter},3456:(e,t,n)=>{var r=n(932);var i=n(3461);var o=n(361);function includesToken(e,t){for(let n=0;n<e.length;++n)if(e[n].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let n=0;n<t.length;++n)e.push(t[n])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new o.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const n of this.lexer.lex(e,t))yield*this.next(n);if(!t)yield*this.end()}*next(e){this.source=e;if(r.env.LOG_TOKENS)console.log("|",i.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=i.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const n=e.items[e.items.length-1];if(n.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(n.sep){n.value=t}else{Object.assign(n,{key:t,sep:[]});this.onKeyLine=!n.explicitKey;return}break}case"block-seq":{const n=e.items[e.items.length-1];if(n.value)e.items.push({start:[],value:t});else n.value=t;break}case"flow-collection":{const n=e.items[e.items.length-1];if(!n||n.value)e.items.push({start:[],key:t,sep:[]});else if(n.sep)n.value=t;else Object.assign(n,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const n=t.items[t.items.length-1];if(n&&!n.sep&&!n.value&&n.start.length>0&&findNonEmptyIndex(n.start)===-1&&(t.indent===0||n.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=n.start;else e.items.push({start:n.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const n=getFirstKeyStartProps(t);let r;if(e.end){r=e.end;r.push(this.sourceToken);delete e.end}else r=[this.sourceToken];const i={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:r}]};this.onKeyLine=true;this.stack[this.stack.length-1]=i}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const n="end"in t.value?t.value.end:undefined;const r=Array.isArray(n)?n[n.length-1]:undefined;if(r?.type==="comment")n?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2];const r=n?.value?.end;if(Array.isArray(r)){arrayPushArray(r,t.start);r.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const n=!this.onKeyLine&&this.indent===e.indent;const r=n&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let i=[];if(r&&t.sep&&!t.value){const n=[];for(let r=0;r<t.sep.length;++r){const i=t.sep[r];switch(i.type){case"newline":n.push(r);break;case"space":break;case"comment":if(i.indent>e.indent)n.length=0;break;default:n.length=0}}if(n.length>=2)i=t.sep.splice(n[1])}switch(this.type){case"anchor":case"tag":if(r||t.value){i.push(this.sourceToken);e.items.push({start:i});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(r||t.value){i.push(this.sourceToken);e.items.push({start:i,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const n=t.key;const r=t.sep;r.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:n,sep:r}]})}else if(i.length>0){t.sep=t.sep.concat(i,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||r){e.items.push({start:i,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);if(r||t.value){e.items.push({start:i,key:n,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(n)}else{Object.assign(t,{key:n,sep:[]});this.onKeyLine=true}return}default:{const r=this.startBlockValue(e);if(r){if(r.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(n){e.items.push({start:i})}this.stack.push(r);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const n="end"in t.value?t.value.end:undefined;const r=Array.isArray(n)?n[n.length-1]:undefined;if(r?.type==="comment")n?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2];const r=n?.value?.end;if(Array.isArray(r)){arrayPushArray(r,t.start);r.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:n,sep:[]});else if(t.sep)this.stack.push(n);else Object.assign(t,{key:n,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const n=this.startBlockValue(e);if(n)this.stack.push(n);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const n=getPrevProps(t);const r=getFirstKeyStartProps(n);fixFlowSeqItems(e);const i=e.end.splice(1,e.end.length);i.push(this.sourceToken);const o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:i}]};this.onKeyLine=true;this.stack[this.stack.length-1]=o}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const n=getFirstKeyStartProps(t);n.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:n,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const n=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:n,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},4047:(e,t,n)=>{var r=n(9984);var i=n(3021);var o=n(1464);var s=n(7249);var a=n(1127);var l=n(6628);var c=n(3456);function parseOptions(e){const t=e.prettyErrors!==false;const n=e.lineCounter||t&&new l.LineCounter||null;return{lineCounter:n,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:n,prettyErrors:i}=parseOptions(t);const s=new c.Parser(n?.addNewLine);const a=new r.Composer(t);const l=Array.from(a.compose(s.parse(e)));if(i&&n)for(const t of l){t.errors.forEach(o.prettifyError(e,n));t.warnings.forEach(o.prettifyError(e,n))}if(l.length>0)return l;return Object.assign([],{empty:true},a.streamInfo())}function parseDocument(e,t={}){const{lineCounter:n,prettyErrors:i}=parseOptions(t);const s=new c.Parser(n?.addNewLine);const a=new r.Composer(t);let l=null;for(const t of a.compose(s.parse(e),true,e.length)){if(!l)l=t;else if(l.options.logLevel!=="silent"){l.errors.push(new o.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(i&&n){l.errors.forEach(o.prettifyError(e,n));l.warnings.forEach(o.prettifyError(e,n))}return l}function parse(e,t,n){let r=undefined;if(typeof t==="function"){r=t}else if(n===undefined&&t&&typeof t==="object"){n=t}const i=parseDocument(e,n);if(!i)return null;i.warnings.forEach(e=>s.warn(i.options.logLevel,e));if(i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];else i.errors=[]}return i.toJS(Object.assign({reviver:r},n))}function stringify(e,t,n){let r=null;if(typeof t==="function"||Array.isArray(t)){r=t}else if(n===undefined&&t){n=t}if(typeof n==="string")n=n.length;if(typeof n==="number"){const e=Math.round(n);n=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=n??t??{};if(!e)return undefined}if(a.isDocument(e)&&!r)return e.toString(n);return new i.Document(e,r,n).toString(n)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},5840:(e,t,n)=>{var r=n(1127);var i=n(7451);var o=n(1706);var s=n(6464);var a=n(18);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:n,resolveKnownTags:l,schema:c,sortMapEntries:u,toStringDefaults:f}){this.compat=Array.isArray(e)?a.getTags(e,"compat"):e?a.getTags(null,e):null;this.name=typeof c==="string"&&c||"core";this.knownTags=l?a.coreKnownTags:{};this.tags=a.getTags(t,this.name,n);this.toStringOptions=f??null;Object.defineProperty(this,r.MAP,{value:i.map});Object.defineProperty(this,r.SCALAR,{value:s.string});Object.defineProperty(this,r.SEQ,{value:o.seq});this.sortMapEntries=typeof u==="function"?u:u===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},7451:(e,t,n)=>{var r=n(1127);var i=n(4454);const o={collection:"map",default:true,nodeClass:i.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!r.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,n)=>i.YAMLMap.from(e,t,n)};t.map=o},3632:(e,t,n)=>{var r=n(3301);const i={identify:e=>e==null,createNode:()=>new r.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new r.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&i.test.test(e)?e:t.options.nullStr};t.nullTag=i},1706:(e,t,n)=>{var r=n(1127);var i=n(2223);const o={collection:"seq",default:true,nodeClass:i.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!r.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,n)=>i.YAMLSeq.from(e,t,n)};t.seq=o},6464:(e,t,n)=>{var r=n(3069);const i={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,n,i){t=Object.assign({actualString:true},t);return r.stringifyString(e,t,n,i)}};t.string=i},3959:(e,t,n)=>{var r=n(3301);const i={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new r.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},n){if(e&&i.test.test(e)){const n=e[0]==="t"||e[0]==="T";if(t===n)return e}return t?n.options.trueStr:n.options.falseStr}};t.boolTag=i},8405:(e,t,n)=>{var r=n(3301);var i=n(8689);const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:i.stringifyNumber};const s={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():i.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new r.Scalar(parseFloat(e));const n=e.indexOf(".");if(n!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-n-1;return t},stringify:i.stringifyNumber};t.float=a;t.floatExp=s;t.floatNaN=o},9874:(e,t,n)=>{var r=n(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,n,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(t),n);function intStringify(e,t,n){const{value:i}=e;if(intIdentify(i)&&i>=0)return n+i.toString(t);return r.stringifyNumber(e)}const i={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,n)=>intResolve(e,2,8,n),stringify:e=>intStringify(e,8,"0o")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,n)=>intResolve(e,0,10,n),stringify:r.stringifyNumber};const s={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,n)=>intResolve(e,2,16,n),stringify:e=>intStringify(e,16,"0x")};t.int=o;t.intHex=s;t.intOct=i},896:(e,t,n)=>{var r=n(7451);var i=n(3632);var o=n(1706);var s=n(6464);var a=n(3959);var l=n(8405);var c=n(9874);const u=[r.map,o.seq,s.string,i.nullTag,a.boolTag,c.intOct,c.int,c.intHex,l.floatNaN,l.floatExp,l.float];t.schema=u},3559:(e,t,n)=>{var r=n(3301);var i=n(7451);var o=n(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const s=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new r.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:n})=>n?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const a={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const l=[i.map,o.seq].concat(s,a);t.schema=l},18:(e,t,n)=>{var r=n(7451);var i=n(3632);var o=n(1706);var s=n(6464);var a=n(3959);var l=n(8405);var c=n(9874);var u=n(896);var f=n(3559);var d=n(6083);var p=n(452);var h=n(303);var m=n(8385);var g=n(5913);var y=n(1528);var k=n(6752);const b=new Map([["core",u.schema],["failsafe",[r.map,o.seq,s.string]],["json",f.schema],["yaml11",g.schema],["yaml-1.1",g.schema]]);const w={binary:d.binary,bool:a.boolTag,float:l.float,floatExp:l.floatExp,floatNaN:l.floatNaN,floatTime:k.floatTime,int:c.int,intHex:c.intHex,intOct:c.intOct,intTime:k.intTime,map:r.map,merge:p.merge,null:i.nullTag,omap:h.omap,pairs:m.pairs,seq:o.seq,set:y.set,timestamp:k.timestamp};const x={"tag:yaml.org,2002:binary":d.binary,"tag:yaml.org,2002:merge":p.merge,"tag:yaml.org,2002:omap":h.omap,"tag:yaml.org,2002:pairs":m.pairs,"tag:yaml.org,2002:set":y.set,"tag:yaml.org,2002:timestamp":k.timestamp};function getTags(e,t,n){const r=b.get(t);if(r&&!e){return n&&!r.includes(p.merge)?r.concat(p.merge):r.slice()}let i=r;if(!i){if(Array.isArray(e))i=[];else{const e=Array.from(b.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)i=i.concat(t)}else if(typeof e==="function"){i=e(i.slice())}if(n)i=i.concat(p.merge);return i.reduce((e,t)=>{const n=typeof t==="string"?w[t]:t;if(!n){const e=JSON.stringify(t);const n=Object.keys(w).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${n}`)}if(!e.includes(n))e.push(n);return e},[])}t.coreKnownTags=x;t.getTags=getTags},6083:(e,t,n)=>{var r=n(181);var i=n(3301);var o=n(3069);const s={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof r.Buffer==="function"){return r.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const n=new Uint8Array(t.length);for(let e=0;e<t.length;++e)n[e]=t.charCodeAt(e);return n}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:n},s,a,l){if(!n)return"";const c=n;let u;if(typeof r.Buffer==="function"){u=c instanceof r.Buffer?c.toString("base64"):r.Buffer.from(c.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<c.length;++t)e+=String.fromCharCode(c[t]);u=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=i.Scalar.BLOCK_LITERAL);if(t!==i.Scalar.QUOTE_DOUBLE){const e=Math.max(s.options.lineWidth-s.indent.length,s.options.minContentWidth);const n=Math.ceil(u.length/e);const r=new Array(n);for(let t=0,i=0;t<n;++t,i+=e){r[t]=u.substr(i,e)}u=r.join(t===i.Scalar.BLOCK_LITERAL?"\n":" ")}return o.stringifyString({comment:e,type:t,value:u},s,a,l)}};t.binary=s},8398:(e,t,n)=>{var r=n(3301);function boolStringify({value:e,source:t},n){const r=e?i:o;if(t&&r.test.test(t))return t;return e?n.options.trueStr:n.options.falseStr}const i={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new r.Scalar(true),stringify:boolStringify};const o={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new r.Scalar(false),stringify:boolStringify};t.falseTag=o;t.trueTag=i},5782:(e,t,n)=>{var r=n(3301);var i=n(8689);const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:i.stringifyNumber};const s={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():i.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new r.Scalar(parseFloat(e.replace(/_/g,"")));const n=e.indexOf(".");if(n!==-1){const r=e.substring(n+1).replace(/_/g,"");if(r[r.length-1]==="0")t.minFractionDigits=r.length}return t},stringify:i.stringifyNumber};t.float=a;t.floatExp=s;t.floatNaN=o},873:(e,t,n)=>{var r=n(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,n,{intAsBigInt:r}){const i=e[0];if(i==="-"||i==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(r){switch(n){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return i==="-"?BigInt(-1)*t:t}const o=parseInt(e,n);return i==="-"?-1*o:o}function intStringify(e,t,n){const{value:i}=e;if(intIdentify(i)){const e=i.toString(t);return i<0?"-"+n+e.substr(1):n+e}return r.stringifyNumber(e)}const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,n)=>intResolve(e,2,2,n),stringify:e=>intStringify(e,2,"0b")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,n)=>intResolve(e,1,8,n),stringify:e=>intStringify(e,8,"0")};const s={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,n)=>intResolve(e,0,10,n),stringify:r.stringifyNumber};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,n)=>intResolve(e,2,16,n),stringify:e=>intStringify(e,16,"0x")};t.int=s;t.intBin=i;t.intHex=a;t.intOct=o},452:(e,t,n)=>{var r=n(1127);var i=n(3301);const o="<<";const s={identify:e=>e===o||typeof e==="symbol"&&e.description===o,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new i.Scalar(Symbol(o)),{addToJSMap:addMergeToJSMap}),stringify:()=>o};const isMergeKey=(e,t)=>(s.identify(t)||r.isScalar(t)&&(!t.type||t.type===i.Scalar.PLAIN)&&s.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===s.tag&&e.default);function addMergeToJSMap(e,t,n){const i=resolveAliasValue(e,n);if(r.isSeq(i))for(const n of i.items)mergeValue(e,t,n);else if(Array.isArray(i))for(const n of i)mergeValue(e,t,n);else mergeValue(e,t,i)}function mergeValue(e,t,n){const i=resolveAliasValue(e,n);if(!r.isMap(i))throw new Error("Merge sources must be maps or map aliases");const o=i.toJSON(null,e,Map);for(const[e,n]of o){if(t instanceof Map){if(!t.has(e))t.set(e,n)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:n,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&r.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=s},303:(e,t,n)=>{var r=n(1127);var i=n(4043);var o=n(4454);var s=n(2223);var a=n(8385);class YAMLOMap extends s.YAMLSeq{constructor(){super();this.add=o.YAMLMap.prototype.add.bind(this);this.delete=o.YAMLMap.prototype.delete.bind(this);this.get=o.YAMLMap.prototype.get.bind(this);this.has=o.YAMLMap.prototype.has.bind(this);this.set=o.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const n=new Map;if(t?.onCreate)t.onCreate(n);for(const e of this.items){let o,s;if(r.isPair(e)){o=i.toJS(e.key,"",t);s=i.toJS(e.value,o,t)}else{o=i.toJS(e,"",t)}if(n.has(o))throw new Error("Ordered maps must not include duplicate keys");n.set(o,s)}return n}static from(e,t,n){const r=a.createPairs(e,t,n);const i=new this;i.items=r.items;return i}}YAMLOMap.tag="tag:yaml.org,2002:omap";const l={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const n=a.resolvePairs(e,t);const i=[];for(const{key:e}of n.items){if(r.isScalar(e)){if(i.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{i.push(e.value)}}}return Object.assign(new YAMLOMap,n)},createNode:(e,t,n)=>YAMLOMap.from(e,t,n)};t.YAMLOMap=YAMLOMap;t.omap=l},8385:(e,t,n)=>{var r=n(1127);var i=n(7165);var o=n(3301);var s=n(2223);function resolvePairs(e,t){if(r.isSeq(e)){for(let n=0;n<e.items.length;++n){let s=e.items[n];if(r.isPair(s))continue;else if(r.isMap(s)){if(s.items.length>1)t("Each pair must have its own sequence indicator");const e=s.items[0]||new i.Pair(new o.Scalar(null));if(s.commentBefore)e.key.commentBefore=e.key.commentBefore?`${s.commentBefore}\n${e.key.commentBefore}`:s.commentBefore;if(s.comment){const t=e.value??e.key;t.comment=t.comment?`${s.comment}\n${t.comment}`:s.comment}s=e}e.items[n]=r.isPair(s)?s:new i.Pair(s)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,n){const{replacer:r}=n;const o=new s.YAMLSeq(e);o.tag="tag:yaml.org,2002:pairs";let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof r==="function")e=r.call(t,String(a++),e);let s,l;if(Array.isArray(e)){if(e.length===2){s=e[0];l=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){s=t[0];l=e[s]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{s=e}o.items.push(i.createPair(s,l,n))}return o}const a={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=a;t.resolvePairs=resolvePairs},5913:(e,t,n)=>{var r=n(7451);var i=n(3632);var o=n(1706);var s=n(6464);var a=n(6083);var l=n(8398);var c=n(5782);var u=n(873);var f=n(452);var d=n(303);var p=n(8385);var h=n(1528);var m=n(6752);const g=[r.map,o.seq,s.string,i.nullTag,l.trueTag,l.falseTag,u.intBin,u.intOct,u.int,u.intHex,c.floatNaN,c.floatExp,c.float,a.binary,f.merge,d.omap,p.pairs,h.set,m.intTime,m.floatTime,m.timestamp];t.schema=g},1528:(e,t,n)=>{var r=n(1127);var i=n(7165);var o=n(4454);class YAMLSet extends o.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(r.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new i.Pair(e.key,null);else t=new i.Pair(e,null);const n=o.findPair(this.items,t.key);if(!n)this.items.push(t)}get(e,t){const n=o.findPair(this.items,e);return!t&&r.isPair(n)?r.isScalar(n.key)?n.key.value:n.key:n}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const n=o.findPair(this.items,e);if(n&&!t){this.items.splice(this.items.indexOf(n),1)}else if(!n&&t){this.items.push(new i.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,n){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,n);else throw new Error("Set items must all have null values")}static from(e,t,n){const{replacer:r}=n;const o=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof r==="function")e=r.call(t,e,e);o.items.push(i.createPair(e,null,n))}return o}}YAMLSet.tag="tag:yaml.org,2002:set";const s={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,n)=>YAMLSet.from(e,t,n),resolve(e,t){if(r.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=s},6752:(e,t,n)=>{var r=n(8689);function parseSexagesimal(e,t){const n=e[0];const r=n==="-"||n==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const i=r.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return n==="-"?num(-1)*i:i}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return r.stringifyNumber(e);let n="";if(t<0){n="-";t*=num(-1)}const i=num(60);const o=[t%i];if(t<60){o.unshift(0)}else{t=(t-o[0])/i;o.unshift(t%i);if(t>=60){t=(t-o[0])/i;o.unshift(t)}}return n+o.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const i={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:n})=>parseSexagesimal(e,n),stringify:stringifySexagesimal};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const s={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(s.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,n,r,i,o,a,l]=t.map(Number);const c=t[7]?Number((t[7]+"00").substr(1,3)):0;let u=Date.UTC(n,r-1,i,o||0,a||0,l||0,c);const f=t[8];if(f&&f!=="Z"){let e=parseSexagesimal(f,false);if(Math.abs(e)<30)e*=60;u-=6e4*e}return new Date(u)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=o;t.intTime=i;t.timestamp=s},4475:(e,t)=>{const n="flow";const r="block";const i="quoted";function foldFlowLines(e,t,n="flow",{indentAtStart:o,lineWidth:s=80,minContentWidth:a=20,onFold:l,onOverflow:c}={}){if(!s||s<0)return e;if(s<a)a=0;const u=Math.max(1+a,1+s-t.length);if(e.length<=u)return e;const f=[];const d={};let p=s-t.length;if(typeof o==="number"){if(o>s-Math.max(2,a))f.push(0);else p=s-o}let h=undefined;let m=undefined;let g=false;let y=-1;let k=-1;let b=-1;if(n===r){y=consumeMoreIndentedLines(e,y,t.length);if(y!==-1)p=y+u}for(let o;o=e[y+=1];){if(n===i&&o==="\\"){k=y;switch(e[y+1]){case"x":y+=3;break;case"u":y+=5;break;case"U":y+=9;break;default:y+=1}b=y}if(o==="\n"){if(n===r)y=consumeMoreIndentedLines(e,y,t.length);p=y+t.length+u;h=undefined}else{if(o===" "&&m&&m!==" "&&m!=="\n"&&m!=="\t"){const t=e[y+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")h=y}if(y>=p){if(h){f.push(h);p=h+u;h=undefined}else if(n===i){while(m===" "||m==="\t"){m=o;o=e[y+=1];g=true}const t=y>b+1?y-2:k-1;if(d[t])return e;f.push(t);d[t]=true;p=t+u;h=undefined}else{g=true}}}m=o}if(g&&c)c();if(f.length===0)return e;if(l)l();let w=e.slice(0,f[0]);for(let r=0;r<f.length;++r){const o=f[r];const s=f[r+1]||e.length;if(o===0)w=`\n${t}${e.slice(0,s)}`;else{if(n===i&&d[o])w+=`${e[o]}\\`;w+=`\n${t}${e.slice(o+1,s)}`}}return w}function consumeMoreIndentedLines(e,t,n){let r=t;let i=t+1;let o=e[i];while(o===" "||o==="\t"){if(t<i+n){o=e[++t]}else{do{o=e[++t]}while(o&&o!=="\n");r=t;i=t+1;o=e[i]}}return r}t.FOLD_BLOCK=r;t.FOLD_FLOW=n;t.FOLD_QUOTED=i;t.foldFlowLines=foldFlowLines},2148:(e,t,n)=>{var r=n(1596);var i=n(1127);var o=n(9799);var s=n(3069);function createStringifyContext(e,t){const n=Object.assign({blockQuote:true,commentString:o.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let r;switch(n.collectionStyle){case"block":r=false;break;case"flow":r=true;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:typeof n.indent==="number"?" ".repeat(n.indent):"  ",inFlow:r,options:n}}function getTagObject(e,t){if(t.tag){const n=e.filter(e=>e.tag===t.tag);if(n.length>0)return n.find(e=>e.format===t.format)??n[0]}let n=undefined;let r;if(i.isScalar(t)){r=t.value;let i=e.filter(e=>e.identify?.(r));if(i.length>1){const e=i.filter(e=>e.test);if(e.length>0)i=e}n=i.find(e=>e.format===t.format)??i.find(e=>!e.format)}else{r=t;n=e.find(e=>e.nodeClass&&r instanceof e.nodeClass)}if(!n){const e=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${e} value`)}return n}function stringifyProps(e,t,{anchors:n,doc:o}){if(!o.directives)return"";const s=[];const a=(i.isScalar(e)||i.isCollection(e))&&e.anchor;if(a&&r.anchorIsValid(a)){n.add(a);s.push(`&${a}`)}const l=e.tag??(t.default?null:t.tag);if(l)s.push(o.directives.tagString(l));return s.join(" ")}function stringify(e,t,n,r){if(i.isPair(e))return e.toString(t,n,r);if(i.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let o=undefined;const a=i.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>o=e});o??(o=getTagObject(t.doc.schema.tags,a));const l=stringifyProps(a,o,t);if(l.length>0)t.indentAtStart=(t.indentAtStart??0)+l.length+1;const c=typeof o.stringify==="function"?o.stringify(a,t,n,r):i.isScalar(a)?s.stringifyString(a,t,n,r):a.toString(t,n,r);if(!l)return c;return i.isScalar(a)||c[0]==="{"||c[0]==="["?`${l} ${c}`:`${l}\n${t.indent}${c}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},1212:(e,t,n)=>{var r=n(1127);var i=n(2148);var o=n(9799);function stringifyCollection(e,t,n){const r=t.inFlow??e.flow;const i=r?stringifyFlowCollection:stringifyBlockCollection;return i(e,t,n)}function stringifyBlockCollection({comment:e,items:t},n,{blockItemPrefix:s,flowChars:a,itemIndent:l,onChompKeep:c,onComment:u}){const{indent:f,options:{commentString:d}}=n;const p=Object.assign({},n,{indent:l,type:null});let h=false;const m=[];for(let e=0;e<t.length;++e){const a=t[e];let c=null;if(r.isNode(a)){if(!h&&a.spaceBefore)m.push("");addCommentBefore(n,m,a.commentBefore,h);if(a.comment)c=a.comment}else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;if(e){if(!h&&e.spaceBefore)m.push("");addCommentBefore(n,m,e.commentBefore,h)}}h=false;let u=i.stringify(a,p,()=>c=null,()=>h=true);if(c)u+=o.lineComment(u,l,d(c));if(h&&c)h=false;m.push(s+u)}let g;if(m.length===0){g=a.start+a.end}else{g=m[0];for(let e=1;e<m.length;++e){const t=m[e];g+=t?`\n${f}${t}`:"\n"}}if(e){g+="\n"+o.indentComment(d(e),f);if(u)u()}else if(h&&c)c();return g}function stringifyFlowCollection({items:e},t,{flowChars:n,itemIndent:s}){const{indent:a,indentStep:l,flowCollectionPadding:c,options:{commentString:u}}=t;s+=l;const f=Object.assign({},t,{indent:s,inFlow:true,type:null});let d=false;let p=0;const h=[];for(let n=0;n<e.length;++n){const a=e[n];let l=null;if(r.isNode(a)){if(a.spaceBefore)h.push("");addCommentBefore(t,h,a.commentBefore,false);if(a.comment)l=a.comment}else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;if(e){if(e.spaceBefore)h.push("");addCommentBefore(t,h,e.commentBefore,false);if(e.comment)d=true}const n=r.isNode(a.value)?a.value:null;if(n){if(n.comment)l=n.comment;if(n.commentBefore)d=true}else if(a.value==null&&e?.comment){l=e.comment}}if(l)d=true;let c=i.stringify(a,f,()=>l=null);d||(d=h.length>p||c.includes("\n"));if(n<e.length-1){c+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){d||(d=h.reduce((e,t)=>e+t.length+2,2)+(c.length+2)>t.options.lineWidth)}if(d){c+=","}}if(l)c+=o.lineComment(c,s,u(l));h.push(c);p=h.length}const{start:m,end:g}=n;if(h.length===0){return m+g}else{if(!d){const e=h.reduce((e,t)=>e+t.length+2,2);d=t.options.lineWidth>0&&e>t.options.lineWidth}if(d){let e=m;for(const t of h)e+=t?`\n${l}${a}${t}`:"\n";return`${e}\n${a}${g}`}else{return`${m}${c}${h.join(" ")}${c}${g}`}}}function addCommentBefore({indent:e,options:{commentString:t}},n,r,i){if(r&&i)r=r.replace(/^\n+/,"");if(r){const i=o.indentComment(t(r),e);n.push(i.trimStart())}}t.stringifyCollection=stringifyCollection},9799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,n)=>e.endsWith("\n")?indentComment(n,t):n.includes("\n")?"\n"+indentComment(n,t):(e.endsWith(" ")?"":" ")+n;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,n)=>{var r=n(1127);var i=n(2148);var o=n(9799);function stringifyDocument(e,t){const n=[];let s=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){n.push(t);s=true}else if(e.directives.docStart)s=true}if(s)n.push("---");const a=i.createStringifyContext(e,t);const{commentString:l}=a.options;if(e.commentBefore){if(n.length!==1)n.unshift("");const t=l(e.commentBefore);n.unshift(o.indentComment(t,""))}let c=false;let u=null;if(e.contents){if(r.isNode(e.contents)){if(e.contents.spaceBefore&&s)n.push("");if(e.contents.commentBefore){const t=l(e.contents.commentBefore);n.push(o.indentComment(t,""))}a.forceBlockIndent=!!e.comment;u=e.contents.comment}const t=u?undefined:()=>c=true;let f=i.stringify(e.contents,a,()=>u=null,t);if(u)f+=o.lineComment(f,"",l(u));if((f[0]==="|"||f[0]===">")&&n[n.length-1]==="---"){n[n.length-1]=`--- ${f}`}else n.push(f)}else{n.push(i.stringify(e.contents,a))}if(e.directives?.docEnd){if(e.comment){const t=l(e.comment);if(t.includes("\n")){n.push("...");n.push(o.indentComment(t,""))}else{n.push(`... ${t}`)}}else{n.push("...")}}else{let t=e.comment;if(t&&c)t=t.replace(/^\n+/,"");if(t){if((!c||u)&&n[n.length-1]!=="")n.push("");n.push(o.indentComment(l(t),""))}}return n.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},8689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:n,value:r}){if(typeof r==="bigint")return String(r);const i=typeof r==="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&t&&(!n||n==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let e=o.indexOf(".");if(e<0){e=o.length;o+="."}let n=t-(o.length-e-1);while(n-- >0)o+="0"}return o}t.stringifyNumber=stringifyNumber},9748:(e,t,n)=>{var r=n(1127);var i=n(3301);var o=n(2148);var s=n(9799);function stringifyPair({key:e,value:t},n,a,l){const{allNullValues:c,doc:u,indent:f,indentStep:d,options:{commentString:p,indentSeq:h,simpleKeys:m}}=n;let g=r.isNode(e)&&e.comment||null;if(m){if(g){throw new Error("With simple keys, key nodes cannot have comments")}if(r.isCollection(e)||!r.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let y=!m&&(!e||g&&t==null&&!n.inFlow||r.isCollection(e)||(r.isScalar(e)?e.type===i.Scalar.BLOCK_FOLDED||e.type===i.Scalar.BLOCK_LITERAL:typeof e==="object"));n=Object.assign({},n,{allNullValues:false,implicitKey:!y&&(m||!c),indent:f+d});let k=false;let b=false;let w=o.stringify(e,n,()=>k=true,()=>b=true);if(!y&&!n.inFlow&&w.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");y=true}if(n.inFlow){if(c||t==null){if(k&&a)a();return w===""?"?":y?`? ${w}`:w}}else if(c&&!m||t==null&&y){w=`? ${w}`;if(g&&!k){w+=s.lineComment(w,n.indent,p(g))}else if(b&&l)l();return w}if(k)g=null;if(y){if(g)w+=s.lineComment(w,n.indent,p(g));w=`? ${w}\n${f}:`}else{w=`${w}:`;if(g)w+=s.lineComment(w,n.indent,p(g))}let x,v,S;if(r.isNode(t)){x=!!t.spaceBefore;v=t.commentBefore;S=t.comment}else{x=false;v=null;S=null;if(t&&typeof t==="object")t=u.createNode(t)}n.implicitKey=false;if(!y&&!g&&r.isScalar(t))n.indentAtStart=w.length+1;b=false;if(!h&&d.length>=2&&!n.inFlow&&!y&&r.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){n.indent=n.indent.substring(2)}let A=false;const C=o.stringify(t,n,()=>A=true,()=>b=true);let E=" ";if(g||x||v){E=x?"\n":"";if(v){const e=p(v);E+=`\n${s.indentComment(e,n.indent)}`}if(C===""&&!n.inFlow){if(E==="\n"&&S)E="\n\n"}else{E+=`\n${n.indent}`}}else if(!y&&r.isCollection(t)){const e=C[0];const r=C.indexOf("\n");const i=r!==-1;const o=n.inFlow??t.flow??t.items.length===0;if(i||!o){let t=false;if(i&&(e==="&"||e==="!")){let n=C.indexOf(" ");if(e==="&"&&n!==-1&&n<r&&C[n+1]==="!"){n=C.indexOf(" ",n+1)}if(n===-1||r<n)t=true}if(!t)E=`\n${n.indent}`}}else if(C===""||C[0]==="\n"){E=""}w+=E+C;if(n.inFlow){if(A&&a)a()}else if(S&&!A){w+=s.lineComment(w,n.indent,p(S))}else if(b&&l){l()}return w}t.stringifyPair=stringifyPair},3069:(e,t,n)=>{var r=n(3301);var i=n(4475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,n){if(!t||t<0)return false;const r=t-n;const i=e.length;if(i<=r)return false;for(let t=0,n=0;t<i;++t){if(e[t]==="\n"){if(t-n>r)return true;n=t+1;if(i-n<=r)return false}}return true}function doubleQuotedString(e,t){const n=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return n;const{implicitKey:r}=t;const o=t.options.doubleQuotedMinMultiLineLength;const s=t.indent||(containsDocumentMarker(e)?"  ":"");let a="";let l=0;for(let e=0,t=n[e];t;t=n[++e]){if(t===" "&&n[e+1]==="\\"&&n[e+2]==="n"){a+=n.slice(l,e)+"\\ ";e+=1;l=e;t="\\"}if(t==="\\")switch(n[e+1]){case"u":{a+=n.slice(l,e);const t=n.substr(e+2,4);switch(t){case"0000":a+="\\0";break;case"0007":a+="\\a";break;case"000b":a+="\\v";break;case"001b":a+="\\e";break;case"0085":a+="\\N";break;case"00a0":a+="\\_";break;case"2028":a+="\\L";break;case"2029":a+="\\P";break;default:if(t.substr(0,2)==="00")a+="\\x"+t.substr(2);else a+=n.substr(e,6)}e+=5;l=e+1}break;case"n":if(r||n[e+2]==='"'||n.length<o){e+=1}else{a+=n.slice(l,e)+"\n\n";while(n[e+2]==="\\"&&n[e+3]==="n"&&n[e+4]!=='"'){a+="\n";e+=2}a+=s;if(n[e+2]===" ")a+="\\";e+=1;l=e+1}break;default:e+=1}}a=l?a+n.slice(l):n;return r?a:i.foldFlowLines(a,s,i.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const n=t.indent||(containsDocumentMarker(e)?"  ":"");const r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${n}`)+"'";return t.implicitKey?r:i.foldFlowLines(r,n,i.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:n}=t.options;let r;if(n===false)r=doubleQuotedString;else{const t=e.includes('"');const i=e.includes("'");if(t&&!i)r=singleQuotedString;else if(i&&!t)r=doubleQuotedString;else r=n?singleQuotedString:doubleQuotedString}return r(e,t)}let o;try{o=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{o=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:n},s,a,l){const{blockQuote:c,commentString:u,lineWidth:f}=s.options;if(!c||/\n[\t ]+$/.test(n)){return quotedString(n,s)}const d=s.indent||(s.forceBlockIndent||containsDocumentMarker(n)?"  ":"");const p=c==="literal"?true:c==="folded"||t===r.Scalar.BLOCK_FOLDED?false:t===r.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(n,f,d.length);if(!n)return p?"|\n":">\n";let h;let m;for(m=n.length;m>0;--m){const e=n[m-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let g=n.substring(m);const y=g.indexOf("\n");if(y===-1){h="-"}else if(n===g||y!==g.length-1){h="+";if(l)l()}else{h=""}if(g){n=n.slice(0,-g.length);if(g[g.length-1]==="\n")g=g.slice(0,-1);g=g.replace(o,`$&${d}`)}let k=false;let b;let w=-1;for(b=0;b<n.length;++b){const e=n[b];if(e===" ")k=true;else if(e==="\n")w=b;else break}let x=n.substring(0,w<b?w+1:b);if(x){n=n.substring(x.length);x=x.replace(/\n+/g,`$&${d}`)}const v=d?"2":"1";let S=(k?v:"")+h;if(e){S+=" "+u(e.replace(/ ?[\r\n]+/g," "));if(a)a()}if(!p){const e=n.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${d}`);let o=false;const a=getFoldOptions(s,true);if(c!=="folded"&&t!==r.Scalar.BLOCK_FOLDED){a.onOverflow=()=>{o=true}}const l=i.foldFlowLines(`${x}${e}${g}`,d,i.FOLD_BLOCK,a);if(!o)return`>${S}\n${d}${l}`}n=n.replace(/\n+/g,`$&${d}`);return`|${S}\n${d}${x}${n}${g}`}function plainString(e,t,n,o){const{type:s,value:a}=e;const{actualString:l,implicitKey:c,indent:u,indentStep:f,inFlow:d}=t;if(c&&a.includes("\n")||d&&/[[\]{},]/.test(a)){return quotedString(a,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(a)){return c||d||!a.includes("\n")?quotedString(a,t):blockString(e,t,n,o)}if(!c&&!d&&s!==r.Scalar.PLAIN&&a.includes("\n")){return blockString(e,t,n,o)}if(containsDocumentMarker(a)){if(u===""){t.forceBlockIndent=true;return blockString(e,t,n,o)}else if(c&&u===f){return quotedString(a,t)}}const p=a.replace(/\n+/g,`$&\n${u}`);if(l){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(p);const{compat:e,tags:n}=t.doc.schema;if(n.some(test)||e?.some(test))return quotedString(a,t)}return c?p:i.foldFlowLines(p,u,i.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,n,i){const{implicitKey:o,inFlow:s}=t;const a=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:l}=e;if(l!==r.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(a.value))l=r.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case r.Scalar.BLOCK_FOLDED:case r.Scalar.BLOCK_LITERAL:return o||s?quotedString(a.value,t):blockString(a,t,n,i);case r.Scalar.QUOTE_DOUBLE:return doubleQuotedString(a.value,t);case r.Scalar.QUOTE_SINGLE:return singleQuotedString(a.value,t);case r.Scalar.PLAIN:return plainString(a,t,n,i);default:return null}};let c=_stringify(l);if(c===null){const{defaultKeyType:e,defaultStringType:n}=t.options;const r=o&&e||n;c=_stringify(r);if(c===null)throw new Error(`Unsupported default string type ${r}`)}return c}t.stringifyString=stringifyString},204:(e,t,n)=>{var r=n(1127);const i=Symbol("break visit");const o=Symbol("skip children");const s=Symbol("remove node");function visit(e,t){const n=initVisitor(t);if(r.isDocument(e)){const t=visit_(null,e.contents,n,Object.freeze([e]));if(t===s)e.contents=null}else visit_(null,e,n,Object.freeze([]))}visit.BREAK=i;visit.SKIP=o;visit.REMOVE=s;function visit_(e,t,n,o){const a=callVisitor(e,t,n,o);if(r.isNode(a)||r.isPair(a)){replaceNode(e,o,a);return visit_(e,a,n,o)}if(typeof a!=="symbol"){if(r.isCollection(t)){o=Object.freeze(o.concat(t));for(let e=0;e<t.items.length;++e){const r=visit_(e,t.items[e],n,o);if(typeof r==="number")e=r-1;else if(r===i)return i;else if(r===s){t.items.splice(e,1);e-=1}}}else if(r.isPair(t)){o=Object.freeze(o.concat(t));const e=visit_("key",t.key,n,o);if(e===i)return i;else if(e===s)t.key=null;const r=visit_("value",t.value,n,o);if(r===i)return i;else if(r===s)t.value=null}}return a}async function visitAsync(e,t){const n=initVisitor(t);if(r.isDocument(e)){const t=await visitAsync_(null,e.contents,n,Object.freeze([e]));if(t===s)e.contents=null}else await visitAsync_(null,e,n,Object.freeze([]))}visitAsync.BREAK=i;visitAsync.SKIP=o;visitAsync.REMOVE=s;async function visitAsync_(e,t,n,o){const a=await callVisitor(e,t,n,o);if(r.isNode(a)||r.isPair(a)){replaceNode(e,o,a);return visitAsync_(e,a,n,o)}if(typeof a!=="symbol"){if(r.isCollection(t)){o=Object.freeze(o.concat(t));for(let e=0;e<t.items.length;++e){const r=await visitAsync_(e,t.items[e],n,o);if(typeof r==="number")e=r-1;else if(r===i)return i;else if(r===s){t.items.splice(e,1);e-=1}}}else if(r.isPair(t)){o=Object.freeze(o.concat(t));const e=await visitAsync_("key",t.key,n,o);if(e===i)return i;else if(e===s)t.key=null;const r=await visitAsync_("value",t.value,n,o);if(r===i)return i;else if(r===s)t.value=null}}return a}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,n,i){if(typeof n==="function")return n(e,t,i);if(r.isMap(t))return n.Map?.(e,t,i);if(r.isSeq(t))return n.Seq?.(e,t,i);if(r.isPair(t))return n.Pair?.(e,t,i);if(r.isScalar(t))return n.Scalar?.(e,t,i);if(r.isAlias(t))return n.Alias?.(e,t,i);return undefined}function replaceNode(e,t,n){const i=t[t.length-1];if(r.isCollection(i)){i.items[e]=n}else if(r.isPair(i)){if(e==="key")i.key=n;else i.value=n}else if(r.isDocument(i)){i.contents=n}else{const e=r.isAlias(i)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},7776:(e,t,n)=>{n.d(t,{ok:()=>ok});function deprecate(e){return e}function equal(){}function ok(){}function unreachable(){}},9054:(e,t,n)=>{n.d(t,{f:()=>i});var r=n(8830);const i=(0,r.C)(["break","delete","emphasis","footnote","footnoteReference","image","imageReference","inlineCode","inlineMath","link","linkReference","mdxJsxTextElement","mdxTextExpression","strong","text","textDirective"])},1869:(e,t,n)=>{n.d(t,{d:()=>toString});const r={};function toString(e,t){const n=t||r;const i=typeof n.includeImageAlt==="boolean"?n.includeImageAlt:true;const o=typeof n.includeHtml==="boolean"?n.includeHtml:true;return one(e,i,o)}function one(e,t,n){if(node(e)){if("value"in e){return e.type==="html"&&!n?"":e.value}if(t&&"alt"in e&&e.alt){return e.alt}if("children"in e){return all(e.children,t,n)}}if(Array.isArray(e)){return all(e,t,n)}return""}function all(e,t,n){const r=[];let i=-1;while(++i<e.length){r[i]=one(e[i],t,n)}return r.join("")}function node(e){return Boolean(e&&typeof e==="object")}},401:(e,t,n)=>{n.d(t,{BM:()=>s,CW:()=>r,Ee:()=>markdownLineEndingOrSpace,HP:()=>markdownLineEnding,JQ:()=>asciiControl,Ny:()=>u,On:()=>markdownSpace,cx:()=>o,es:()=>c,lV:()=>i,ok:()=>a,ol:()=>l});const r=regexCheck(/[A-Za-z]/);const i=regexCheck(/[\dA-Za-z]/);const o=regexCheck(/[#-'*+\--9=?A-Z^-~]/);function asciiControl(e){return e!==null&&(e<32||e===127)}const s=regexCheck(/\d/);const a=regexCheck(/[\dA-Fa-f]/);const l=regexCheck(/[!-/:-@[-`{-~]/);function markdownLineEnding(e){return e!==null&&e<-2}function markdownLineEndingOrSpace(e){return e!==null&&(e<0||e===32)}function markdownSpace(e){return e===-2||e===-1||e===32}const c=regexCheck(/\p{P}|\p{S}/u);const u=regexCheck(/\s/);function regexCheck(e){return check;function check(t){return t!==null&&t>-1&&e.test(String.fromCharCode(t))}}},31:(e,t,n)=>{n.d(t,{B:()=>normalizeIdentifier});function normalizeIdentifier(e){return e.replace(/[\t\n\r ]+/g," ").replace(/^ | $/g,"").toLowerCase().toUpperCase()}},3292:(e,t,n)=>{n.d(t,{PJ:()=>TomlDate,zx:()=>TomlError,qg:()=>parse});
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(e,t){let n=e.slice(0,t).split(/\r?\n/);return[n.length,n.pop().length+1]}function makeCodeBlock(e,t,n){let r=e.split(/\r?\n/);let i="";let o=(Math.log10(t+1)|0)+1;for(let e=t-1;e<=t+1;e++){let s=r[e-1];if(!s)continue;i+=e.toString().padEnd(o," ");i+=":  ";i+=s;i+="\n";if(e===t){i+=" ".repeat(o+n+2);i+="^\n"}}return i}class TomlError extends Error{line;column;codeblock;constructor(e,t){const[n,r]=getLineColFromPtr(t.toml,t.ptr);const i=makeCodeBlock(t.toml,n,r);super(`Invalid TOML document: ${e}\n\n${i}`,t);this.line=n;this.column=r;this.codeblock=i}static x(e,t,n){throw new TomlError(e,{toml:t.s,ptr:n??t.p})}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function parseString(e){let t=e.p;let n=e.s.charCodeAt(e.p++);let r=n;let i=n===39;let o=n===e.s.charCodeAt(e.p)&&n===e.s.charCodeAt(e.p+1);if(o){if((n=e.s.charCodeAt(e.p+=2))===10)e.p++;else if(n===13&&e.s.charCodeAt(e.p+1)===10)e.p+=2}let s="";let a=e.p;let l=0;for(;e.p<e.s.length;e.p++){n=e.s.charCodeAt(e.p);if(o&&(n===10||n===13&&e.s.charCodeAt(e.p+1)===10)){l=l&&3}else if(n<32&&n!==9||n===127){TomlError.x("control characters are not allowed in strings",e)}else if((!l||l===3)&&n===r&&(!o||e.s.charCodeAt(e.p+1)===r&&e.s.charCodeAt(e.p+2)===r)){if(o){if(e.s.charCodeAt(e.p+3)===r)e.p++;if(e.s.charCodeAt(e.p+3)===r)e.p++}if(!l){let t=e.s.slice(a,e.p);s=s?s+t:t}e.p+=o?3:1;return s}else if(!l){if(!i&&n===92){s+=e.s.slice(a,a=e.p);l=1}}else if(l===1){if(n===120||n===117||n===85){let t=e.p++-1;let r=0;let i=n===120?2:n===117?4:8;for(let t=0;t<i;t++,e.p++){let t=e.s.charCodeAt(e.p);let n=t>=48&&t<=57?t-48:t>=65&&t<=70?t-65+10:t>=97&&t<=102?t-97+10:-1;if(n<0)TomlError.x("invalid non-hex character in unicode escape",e);r=r<<4|n}if(r<0||r>1114111||r>=55296&&r<=57343){TomlError.x("invalid unicode escape",e,t)}s+=String.fromCodePoint(r);a=e.p--;l=0}else if(o&&(n===32||n===9)){l=2}else{if(n===98)s+="\b";else if(n===116)s+="\t";else if(n===110)s+="\n";else if(n===102)s+="\f";else if(n===114)s+="\r";else if(n===101)s+="";else if(n===34)s+='"';else if(n===92)s+="\\";else TomlError.x("unrecognised escape sequence",e);a=e.p+1;l=0}}else if(n!==32&&n!==9){if(l===2)TomlError.x("invalid escape: only line-ending whitespace may be escaped",e,a);l=!i&&n===92?1:0;a=e.p}}TomlError.x("unfinished string",e,t)}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let r=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;class TomlDate extends Date{#e=false;#t=false;#n=null;constructor(e,t,n){let i=true;let o=true;let s="Z";let a;if(typeof e==="string"){if(t)e:{if(t<3){if(+e.slice(11,13)>23){e="";break e}if(t===2){s=null;e+="Z"}else if((a=e.charCodeAt(e.length-1))!==90&&a!==122){s=e.slice(e.length-6)}if(n)e=e.slice(0,10)+"T"+e.slice(11)}else if(t===4){e=+e.slice(0,2)>23?"":`0000-01-01T${e}Z`}i=t!==4;o=t!==3}else{let t=e.match(r);if(t){if(!t[1]){i=false;e=`0000-01-01T${e}`}o=!!t[2];o&&e[10]===" "&&(e=e.replace(" ","T"));if(t[2]&&+t[2]>23){e=""}else{s=t[3]||null;if(!s&&o)e+="Z"}}else{e=""}}}super(e);if(!isNaN(this.getTime())){this.#e=i;this.#t=o;this.#n=s}}isDateTime(){return this.#e&&this.#t}isLocal(){return!this.#e||!this.#t||!this.#n}isDate(){return this.#e&&!this.#t}isTime(){return this.#t&&!this.#e}isValid(){return this.#e||this.#t}toISOString(){let e=super.toISOString();if(this.isDate())return e.slice(0,10);if(this.isTime())return e.slice(11,23);if(this.#n===null)return e.slice(0,-1);if(this.#n==="Z"||this.#n==="z")return e;let t=+this.#n.slice(1,3)*60+ +this.#n.slice(4,6);t=this.#n[0]==="-"?t:-t;let n=new Date(this.getTime()-t*6e4);return n.toISOString().slice(0,-1)+this.#n}static wrapAsOffsetDateTime(e,t="Z"){let n=new TomlDate(e);n.#n=t;return n}static wrapAsLocalDateTime(e){let t=new TomlDate(e);t.#n=null;return t}static wrapAsLocalDate(e){let t=new TomlDate(e);t.#t=false;t.#n=null;return t}static wrapAsLocalTime(e){let t=new TomlDate(e);t.#e=false;t.#n=null;return t}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function isDigit(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function isEndOfValue(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function extractValue(e,t){let n=e.p;let r=e.s.charCodeAt(e.p);if(r===91||r===123){e.d--||TomlError.x("document contains excessively nested structures. aborting.",e);let t=r===91?parseArray(e):parseInlineTable(e);e.d++;return t}if(r===34||r===39){return parseString(e)}if(r===116){if(e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)TomlError.x("invalid value",e,n);return e.p++,true}if(r===102){if(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)TomlError.x("invalid value",e,n);return e.p++,false}if(r===43||r===45){return parseNumber(e,e.p,e.s.charCodeAt(++e.p),44-r,t)}if(e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45){return parseDate(e,r,t)}if(e.s.charCodeAt(e.p+2)===58){return parseTime(e,r,t)}return parseNumber(e,e.p,r,0,t)}function parseNumber(e,t,n,r,i){let o=n;let s=0;let a=false;if(o===105){if(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)TomlError.x("invalid value",e,t);return e.p++,(r||1)/0}if(o===110){if(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)TomlError.x("invalid value",e,t);return e.p++,NaN}if(o===48){if(++e.p>=e.s.length||isEndOfValue(o=e.s.charCodeAt(e.p),i))return e.bi===true?0n:0;if(!r){if(o===120)return parseIntegerBaseN(e,t,16,i);else if(o===98)return parseIntegerBaseN(e,t,2,i);else if(o===111)return parseIntegerBaseN(e,t,8,i)}if(o===46)s=2;else if(o===101||o===69)s=4;else TomlError.x("illegal leading zero",e,t)}else if(!isDigit(o))TomlError.x("invalid value",e,t);while(++e.p<e.s.length&&(o=e.s.charCodeAt(e.p),!isEndOfValue(o,i))){if(!s)s=1;if(o===95){if(!(s&1))TomlError.x("illegal underscore",e);s+=11;a=true}else if(s===1&&o===46)s=2;else if((s===1||s===3)&&(o===101||o===69))s=4;else if(s===4&&(o===43||o===45)){s=6}else if(!isDigit(o))TomlError.x(`illegal character in numeric literal`,e);else if(s>9)s-=11;else if(!(s&1))s++}if(!s){let t=(n-48)*(r||1);return e.bi===true?BigInt(t):t}if(!(s&1))TomlError.x("unfinished numeric value",e,t);let l=e.s.slice(t,e.p);if(a)l=l.replaceAll("_","");return s>1?parseFloat(l):parseInteger(e,l,10,t)}function parseIntegerBaseN(e,t,n,r){let i,o=1;while(++e.p<e.s.length&&(i=e.s.charCodeAt(e.p),!isEndOfValue(i,r))){if(i===95){if(o&1)TomlError.x("illegal underscore",e);o=3}else if(!isDigit(i,n))TomlError.x(`illegal character in numeric literal`,e);else if(o&1)o--}if(o&1)TomlError.x("unfinished numeric value",e);let s=e.s.slice(t+2,e.p);if(o)s=s.replaceAll("_","");return parseInteger(e,s,n,t)}function parseInteger(e,t,n,r){if(e.bi!==true)e:{let i=parseInt(t,n);if(!Number.isSafeInteger(i)){if(e.bi)break e;TomlError.x("integer value cannot be represented losslessly",e,r)}return i}return n===10?BigInt(t):BigInt((n===2?"0b":n===8?"0o":"0x")+t)}function parseDate(e,t,n){let r=e.p++,i;if(!isDigit(t)||!isDigit(e.s.charCodeAt(e.p++))||!isDigit(e.s.charCodeAt(e.p++))||!isDigit(e.s.charCodeAt(e.p++))){return parseNumber(e,e.p=r,t,0,n)}e.p+=5;if(!isDigit(e.s.charCodeAt(e.p++)))TomlError.x("invalid date-time: date part is malformed",e,r);if(e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(i=true,!isDigit(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let t=e.s.slice(r,e.p);return readDate(e,t,3,false,r)}if(e.s.charCodeAt(e.p+=3)!==58)TomlError.x("invalid date-time: time part is malformed",e,r);if(e.s.charCodeAt(e.p+=3)===58)e.p+=3;if(e.s.charCodeAt(e.p)===46)while(isDigit(e.s.charCodeAt(++e.p)));if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let t=e.s.slice(r,++e.p);return readDate(e,t,1,i,r,"[+00:00]")}if(t===43||t===45){let t=e.s.slice(r,e.p+=6);return readDate(e,t,1,i,r,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let o=e.s.slice(r,e.p);return readDate(e,o,2,i,r)}function parseTime(e,t,n){let r=e.p;if(!isDigit(t)||!isDigit(e.s.charCodeAt(++e.p))){return parseNumber(e,--e.p,t,0,n)}if(e.s.charCodeAt(e.p+=4)===58)e.p+=3;if(e.s.charCodeAt(e.p)===46)while(isDigit(e.s.charCodeAt(++e.p)));let i=e.s.slice(r,e.p);return readDate(e,i,4,false,r)}function readDate(e,t,n,r,i,o){if(e.ld){let o=new TomlDate(t,n,r);if(!o.isValid())TomlError.x("invalid date",e,i);return o}try{if(o)t+=o;switch(n){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(t){TomlError.x(t instanceof Error?t.message:""+t,e,i)}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function skipComment(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}if(t<32&&t!==9||t===127){TomlError.x("control characters are not allowed in comments",e)}}}function skipVoid(e,t,n){let r;while(e.p<e.s.length){while(e.p<e.s.length&&((r=e.s.charCodeAt(e.p))===32||r===9||!t&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10)))e.p++;if(n||r!==35)break;skipComment(e)}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function parseKey(e,t=61){let n;let r=0;let i=[];let o;let s=e.s.charCodeAt(n=e.p);do{if(s===t){if(!r)TomlError.x("unexpected end of key",e);if(r===1)i.push(e.s.slice(o,e.p));return e.p++,i}else if(s===46){if(!r)TomlError.x("illegal empty bare key",e);if(r===1)i.push(e.s.slice(o,e.p));r=0}else if(!r&&(s===34||s===39)){if(s===e.s.charCodeAt(e.p+1)&&s===e.s.charCodeAt(e.p+2))TomlError.x("illegal quoted key: multiline strings are not allowed",e);i.push(parseString(e));r=2;e.p--}else if(s===32||s===9){if(r===1){i.push(e.s.slice(o,e.p));r=2}}else if(r===2||s<48&&s!==45||s>57&&s<65||s>90&&s<97&&s!==95||s>122){TomlError.x("illegal character in key",e)}else if(!r){r=1;o=e.p}}while(s=e.s.charCodeAt(++e.p));TomlError.x("incomplete key-value: cannot find end of key",e,n)}function parseInlineTable(e){let t=e.p++;let n=Object.create(null);let r=new Set;let i;while(e.p<e.s.length){skipVoid(e);if((i=e.s.charCodeAt(e.p))===125){e.p++;return n}let t;let o=n;let s=false;let a=e.p;let l=parseKey(e);for(let n=0;n<l.length;n++){if(n)o=s?o[t]:o[t]=Object.create(null);t=l[n];if((s=Object.hasOwn(o,t))&&(typeof o[t]!=="object"||r.has(o[t]))){TomlError.x("trying to redefine an already defined value",e,a)}let i=t==="__proto__";if(e.uk&&(i||t==="constructor")){o=e.uk!==1&&TomlError.x("document contains an unsafe property",e,a);break}if(!s&&i){Object.defineProperty(o,t,{enumerable:true,configurable:true,writable:true})}}if(s){TomlError.x("trying to redefine an already defined value",e,a)}skipVoid(e,true,true);let c=extractValue(e,125);if(o&&typeof(o[t]=c)==="object")r.add(c);skipVoid(e);if((i=e.s.charCodeAt(e.p++))===125){return n}if(i!==44)TomlError.x("expected comma or end of structure",e,e.p-1)}TomlError.x("unfinished table",e,t)}function parseArray(e){let t=e.p++;let n=[];let r;while(e.p<e.s.length){skipVoid(e);if((r=e.s.charCodeAt(e.p))===93){e.p++;return n}n.push(extractValue(e,93));skipVoid(e);if((r=e.s.charCodeAt(e.p++))===93){return n}if(r!==44)TomlError.x("expected comma or end of structure",e,e.p-1)}TomlError.x("unfinished array",e,t)}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function peekTable(e,t,n,r,i){let o=n;let s=r;let a;let l=false;let c;for(let n=0;n<t.length;n++){if(n){o=l?o[a]:o[a]=Object.create(null);s=(c=s[a]).c;if(i===0&&(c.t===1||c.t===2)){return null}if(c.t===2){let e=o.length-1;o=o[e];s=s[e].c}}a=t[n];if((l=Object.hasOwn(o,a))&&s[a]?.t===0&&s[a]?.d){return null}if(!l){let r=a==="__proto__";if(e.uk&&(r||a==="constructor"))return false;if(r){Object.defineProperty(o,a,{enumerable:true,configurable:true,writable:true});Object.defineProperty(s,a,{enumerable:true,configurable:true,writable:true})}s[a]={t:n<t.length-1&&i===2?3:i,d:false,i:0,c:Object.create(null)}}}c=s[a];if(c.t!==i&&!(i===1&&c.t===3)){return null}if(i===2){if(!c.d){c.d=true;o[a]=[]}o[a].push(o=Object.create(null));c.c[c.i++]=c={t:1,d:false,i:0,c:Object.create(null)}}if(c.d){return null}c.d=true;if(i===1){o=l?o[a]:o[a]=Object.create(null)}else if(i===0&&l){return null}return[a,o,c.c]}function validateTablePeek(e,t,n){if(t===null||e.uk===2)TomlError.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,n)}function parse(e,t={}){let n={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??false,ld:t.useLegacyDate??true,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0};let r=Object.create(null);let i=Object.create(null);let o;let s=false;let a=r;let l=i;if(e.charCodeAt(0)===65279)n.p++;skipVoid(n);while(n.p<e.length){if(e.charCodeAt(n.p)===91){let t=e.charCodeAt(++n.p)===91;o=n.p+=+t;s=false;let c=parseKey(n,93);if(t){if(e.charCodeAt(n.p)!==93){TomlError.x("expected end of table array declaration",n)}n.p++}let u=peekTable(n,c,r,i,t?2:1);if(!u){validateTablePeek(n,u,o);s=true}else{l=u[2];a=u[1]}}else{o=n.p;let e=parseKey(n);let t=peekTable(n,e,a,l,0);if(!t&&!s)validateTablePeek(n,t,o);skipVoid(n,true,true);let r=extractValue(n,void 0);if(t&&!s)t[1][t[0]]=r}skipVoid(n,true);if(n.p<e.length&&(o=e.charCodeAt(n.p))!==10&&(o!==13||e.charCodeAt(n.p+1)!==10)){TomlError.x("each key-value declaration must be followed by an end-of-line",n)}skipVoid(n)}return r}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let i=/^[a-z0-9-_]+$/i;let o=!!"".isWellFormed;function extendedTypeOf(e){let t=typeof e;if(t==="object"){if(Array.isArray(e))return"array";if(typeof e.getUTCDate==="function"&&e instanceof Date)return"date";if(globalThis.Temporal){if(e.until){if(e instanceof Temporal.ZonedDateTime)return"temporal/tz+uc";if(e instanceof Temporal.PlainDateTime||e instanceof Temporal.PlainDate)return"temporal/uc";if(e instanceof Temporal.PlainTime||e instanceof Temporal.Instant)return"temporal";if(e instanceof Temporal.PlainYearMonth)return"temporal/x"}else if(e.toPlainDate&&e instanceof Temporal.PlainMonthDay||e.negated&&e instanceof Temporal.Duration){return"temporal/x"}}}return t}function isArrayOfTables(e){for(let t=0;t<e.length;t++){if(extendedTypeOf(e[t])!=="object")return false}return e.length!=0}function formatWellFormedStringUnchecked(e){return JSON.stringify(e).replaceAll("","\\u007f")}function formatString(e){return formatWellFormedStringUnchecked(o?e.toWellFormed():e)}function formatKey(e){if(i.test(e))return e;if(o&&!e.isWellFormed())throw new RangeError("key contains illegal lone surrogates");return formatWellFormedStringUnchecked(e)}function stringifyValue(e,t,n,r,i){if(n===0){throw new Error("Could not stringify the object: maximum object depth exceeded")}switch(t){case"number":if(isNaN(e))return"nan";if(e===Infinity)return"inf";if(e===-Infinity)return"-inf";if(Number.isInteger(e)&&(r||!Number.isSafeInteger(e)))return e.toFixed(1);case"bigint":case"boolean":case"temporal":return e.toString();case"string":return formatString(e);case"date":if(isNaN(e.getTime()))throw new TypeError("cannot serialize invalid date");return e.toISOString();case"object":return stringifyInlineTable(e,n,r,i);case"array":return stringifyArray(e,n,r,i);case"temporal/tz+uc":if(i){let t=e.timeZoneId;let n=t.charCodeAt(0);if(n!==43&&n!==45&&(n!==85&&n!==71&&n!==90&&n!==69||t!=="UTC"&&t!=="UCT"&&t!=="Universal"&&t!=="Zulu"&&!t.startsWith("GMT")&&t!=="Greenwich"&&!t.startsWith("Etc/"))){throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode")}}case"temporal/uc":if(i&&e.calendarId!=="iso8601")throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");return e.toString({calendarName:"never",timeZoneName:"never"});case"temporal/x":throw new TypeError("Unsupported "+e[Symbol.toStringTag])}}function stringifyInlineTable(e,t,n,r){let i=Object.keys(e);if(i.length===0)return"{}";let o="{ ";for(let s=0;s<i.length;s++){let a=i[s];if(s)o+=", ";o+=formatKey(a)+" = "+stringifyValue(e[a],extendedTypeOf(e[a]),t-1,n,r)}return o+" }"}function stringifyArray(e,t,n,r){if(e.length===0)return"[]";let i="[ ";for(let o=0;o<e.length;o++){if(o)i+=", ";if(e[o]===null||e[o]===void 0){throw new TypeError("arrays cannot contain null or undefined values")}i+=stringifyValue(e[o],extendedTypeOf(e[o]),t-1,n,r)}return i+" ]"}function stringifyArrayTable(e,t,n,r,i){if(n===0){throw new Error("Could not stringify the object: maximum object depth exceeded")}let o="";for(let s=0;s<e.length;s++){o+=`${o&&"\n"}[[${t}]]\n`;o+=stringifyTable(0,e[s],t,n,r,i)}return o}function stringifyTable(e,t,n,r,i,o){if(r===0){throw new Error("Could not stringify the object: maximum object depth exceeded")}let s="";let a="";let l=Object.keys(t);for(let e=0;e<l.length;e++){let c=l[e];if(t[c]!==null&&t[c]!==void 0){let e=extendedTypeOf(t[c]);if(e==="symbol"||e==="function"){throw new TypeError(`cannot serialize values of type '${e}'`)}let l=formatKey(c);if(e==="array"&&isArrayOfTables(t[c])){a+=(a&&"\n")+stringifyArrayTable(t[c],n?`${n}.${l}`:l,r-1,i,o)}else if(e==="object"){let e=n?`${n}.${l}`:l;a+=(a&&"\n")+stringifyTable(e,t[c],e,r-1,i,o)}else{s+=l;s+=" = ";s+=stringifyValue(t[c],e,r,i,o);s+="\n"}}}if(e&&(s||!a))s=s?`[${e}]\n${s}`:`[${e}]`;return s&&a?`${s}\n${a}`:s||a}function stringify(e,{maxDepth:t=1e3,numbersAsFloat:n=false,strictTemporal:r=false}={}){if(extendedTypeOf(e)!=="object"){throw new TypeError("stringify can only be called with an object")}let i=stringifyTable(0,e,"",t,n,r);if(i[i.length-1]!=="\n")return i+"\n";return i}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */const s={parse:parse,stringify:stringify,TomlDate:TomlDate,TomlError:TomlError}},6590:(e,t,n)=>{n.d(t,{L:()=>wrap,S:()=>trough});function trough(){const e=[];const t={run:run,use:use};return t;function run(...t){let n=-1;const r=t.pop();if(typeof r!=="function"){throw new TypeError("Expected function as last argument, not "+r)}next(null,...t);function next(i,...o){const s=e[++n];let a=-1;if(i){r(i);return}while(++a<t.length){if(o[a]===null||o[a]===undefined){o[a]=t[a]}}t=o;if(s){wrap(s,next)(...o)}else{r(null,...o)}}}function use(n){if(typeof n!=="function"){throw new TypeError("Expected `middelware` to be a function, not "+n)}e.push(n);return t}}function wrap(e,t){let n;return wrapped;function wrapped(...t){const r=e.length>t.length;let i;if(r){t.push(done)}try{i=e.apply(this,t)}catch(e){const t=e;if(r&&n){throw t}return done(t)}if(!r){if(i&&i.then&&typeof i.then==="function"){i.then(then,done)}else if(i instanceof Error){done(i)}else{then(i)}}}function done(e,...r){if(!n){n=true;t(e,...r)}}function then(e){done(null,e)}}},8830:(e,t,n)=>{n.d(t,{C:()=>convert});const is=function(e,t,n,r,i){const o=convert(t);if(n!==undefined&&n!==null&&(typeof n!=="number"||n<0||n===Number.POSITIVE_INFINITY)){throw new Error("Expected positive finite index")}if(r!==undefined&&r!==null&&(!is(r)||!r.children)){throw new Error("Expected parent node")}if((r===undefined||r===null)!==(n===undefined||n===null)){throw new Error("Expected both parent and index")}return looksLikeANode(e)?o.call(i,e,n,r):false};const convert=function(e){if(e===null||e===undefined){return ok}if(typeof e==="function"){return castFactory(e)}if(typeof e==="object"){return Array.isArray(e)?anyFactory(e):propertiesFactory(e)}if(typeof e==="string"){return typeFactory(e)}throw new Error("Expected function, string, or object as test")};function anyFactory(e){const t=[];let n=-1;while(++n<e.length){t[n]=convert(e[n])}return castFactory(any);function any(...e){let n=-1;while(++n<t.length){if(t[n].apply(this,e))return true}return false}}function propertiesFactory(e){const t=e;return castFactory(all);function all(n){const r=n;let i;for(i in e){if(r[i]!==t[i])return false}return true}}function typeFactory(e){return castFactory(type);function type(t){return t&&t.type===e}}function castFactory(e){return check;function check(t,n,r){return Boolean(looksLikeANode(t)&&e.call(this,t,typeof n==="number"?n:undefined,r||undefined))}}function ok(){return true}function looksLikeANode(e){return e!==null&&typeof e==="object"&&"type"in e}},669:(e,t,n)=>{n.d(t,{L:()=>stringifyPosition});function stringifyPosition(e){if(!e||typeof e!=="object"){return""}if("position"in e||"type"in e){return position(e.position)}if("start"in e||"end"in e){return position(e)}if("line"in e||"column"in e){return point(e)}return""}function point(e){return index(e&&e.line)+":"+index(e&&e.column)}function position(e){return point(e&&e.start)+"-"+point(e&&e.end)}function index(e){return e&&typeof e==="number"?e:1}},4146:(e,t,n)=>{n.d(t,{dc:()=>s,_Z:()=>a,VG:()=>visitParents});var r=n(8830);function color(e){return"[33m"+e+"[39m"}const i=[];const o=true;const s=false;const a="skip";function visitParents(e,t,n,o){if(!e||typeof e!=="object"){throw new Error("Unexpected value `"+e+"` for `tree`, expected node")}let l=true;let c;let u;let f;let d;if(typeof n==="function"||n&&typeof n==="object"){c=t;u=n;if(o)l=false}else{u=t;if(n)l=false}if(typeof u==="function"){f=u}else if(u&&typeof u==="object"){if(u.enter===null||u.enter===undefined){}else if(typeof u.enter==="function"){f=u.enter}else{throw new Error("Unexpected value `"+u.enter+"` for `visitors.enter`, expected optional visitor")}if(typeof u.exit==="function"){d=u.exit}else{throw new Error("Unexpected value `"+u.exit+"` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)")}}else{throw new Error("Unexpected value `"+u+"` for `enter` or `visitors`, expected visitor or object with visitors")}const p=(0,r.C)(c);const h=l?1:-1;factory(e,undefined,[])();function factory(e,t,n){const r=e&&typeof e==="object"?e:{};if(typeof r.type==="string"){const t=typeof r.tagName==="string"?r.tagName:typeof r.name==="string"?r.name:undefined;Object.defineProperty(visit,"name",{value:"node ("+color(e.type+(t?"<"+t+">":""))+")"})}return visit;function visit(){const r=!c||p(e,t,n[n.length-1]||undefined);let o=i;if(f&&r){o=toResult(f(e,n,t));if(o[0]===s){return o}}if("children"in e&&e.children){const t=e;if(t.children&&o[0]!==a){let e=(l?-1:t.children.length)+h;const r=[...n,t];while(e>-1&&e<t.children.length){const n=t.children[e];const i=factory(n,e,r)();if(i[0]===s){return i}e=typeof i[1]==="number"?i[1]:e+h}}}if(d&&r){const r=toResult(d(e,n,t));if(r[0]===a){throw new Error("Unexpected value `"+r[0]+"` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing")}if(r[0]===s||typeof r[1]==="number"){return r}}return o}}}function toResult(e){if(Array.isArray(e)){return e}if(typeof e==="number"){return[o,e]}return e===null||e===undefined?i:[e]}},3617:(e,t,n)=>{n.d(t,{YR:()=>visit});var r=n(4146);function visit(e,t,n,i){let o;let s;let a;if(typeof n==="function"||n&&typeof n==="object"){o=t;s=n;a=i}else{s=t;a=n}if(typeof s==="function"){(0,r.VG)(e,o,wrap(s),a)}else{(0,r.VG)(e,o,wrapVisitors(s),a)}}function wrapVisitors(e){if(!e||typeof e!=="object")return e;return{enter:typeof e.enter==="function"?wrap(e.enter):e.enter,exit:typeof e.exit==="function"?wrap(e.exit):e.exit}}function wrap(e){return overload;function overload(t,n,r){return e(t,r,n[n.length-1])}}},807:(e,t,n)=>{n.d(t,{C:()=>location});function location(e){const t=String(e);const n=[];let r=-1;let i=-1;return{toOffset:toOffset,toPoint:toPoint};function grow(){const e=n.at(-1)??0;if(r<e){r=t.indexOf("\r",e);if(r===-1)r=Infinity}if(i<e){i=t.indexOf("\n",e);if(i===-1)i=Infinity}const o=r+1===i?i:Math.min(r,i);n.push((o===Infinity?t.length:o)+1)}function toPoint(e){if(typeof e==="number"&&e>-1&&e<=t.length){while((n.at(-1)??0)<=e)grow();let t=0;let r=n.length-1;while(t<r){const i=Math.floor((t+r)/2);if(n[i]>e){r=i}else{t=i+1}}return{line:t+1,column:e-(t>0?n[t-1]:0)+1,offset:e}}}function toOffset(e){if(e&&typeof e.line==="number"&&typeof e.column==="number"&&!Number.isNaN(e.line)&&e.column>0){while(n.length<e.line&&(n.at(-1)??0)<=t.length){grow()}const r=(e.line>1?n[e.line-2]:0)+e.column-1;if(r<n[e.line-1])return r}}}},711:(e,t,n)=>{n.d(t,{o:()=>VFileMessage});var r=n(669);class VFileMessage extends Error{constructor(e,t,n){super();if(typeof t==="string"){n=t;t=undefined}let i="";let o={};let s=false;if(t){if("line"in t&&"column"in t){o={place:t}}else if("start"in t&&"end"in t){o={place:t}}else if("type"in t){o={ancestors:[t],place:t.position}}else{o={...t}}}if(typeof e==="string"){i=e}else if(!o.cause&&e){s=true;i=e.message;o.cause=e}if(!o.ruleId&&!o.source&&typeof n==="string"){const e=n.indexOf(":");if(e===-1){o.ruleId=n}else{o.source=n.slice(0,e);o.ruleId=n.slice(e+1)}}if(!o.place&&o.ancestors){const e=o.ancestors[o.ancestors.length-1];if(e){o.place=e.position}}const a=o.place&&"start"in o.place?o.place.start:o.place;this.ancestors=o.ancestors||undefined;this.cause=o.cause||undefined;this.column=a?a.column:undefined;this.fatal=undefined;this.file="";this.message=i;this.line=a?a.line:undefined;this.name=(0,r.L)(o.place)||"1:1";this.place=o.place||undefined;this.reason=this.message;this.ruleId=o.ruleId||undefined;this.source=o.source||undefined;this.stack=s&&o.cause&&typeof o.cause.stack==="string"?o.cause.stack:"";this.actual=undefined;this.expected=undefined;this.note=undefined;this.url=undefined}}Object.defineProperties(VFileMessage.prototype,{file:{configurable:true,enumerable:true,value:"",writable:true},name:{configurable:true,enumerable:true,value:"",writable:true},reason:{configurable:true,enumerable:true,value:"",writable:true},message:{configurable:true,enumerable:true,value:"",writable:true},stack:{configurable:true,enumerable:true,value:"",writable:true},column:{configurable:true,enumerable:true,writable:true},line:{configurable:true,enumerable:true,writable:true},ancestors:{configurable:true,enumerable:true,writable:true},cause:{configurable:true,enumerable:true,writable:true},fatal:{configurable:true,enumerable:true,writable:true},place:{configurable:true,enumerable:true,writable:true},ruleId:{configurable:true,enumerable:true,writable:true},source:{configurable:true,enumerable:true,writable:true}})}};var n={};function __nccwpck_require__(e){var r=n[e];if(r!==undefined){return r.exports}var i=n[e]={exports:{}};var o=true;try{t[e].call(i.exports,i,i.exports,__nccwpck_require__);o=false}finally{if(o)delete n[e]}return i.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var n=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=r=>r.map(r=>{if(r!==null&&typeof r==="object"){if(r[e])return r;if(r.then){var i=[];i.d=0;r.then(e=>{o[t]=e;resolveQueue(i)},e=>{o[n]=e;resolveQueue(i)});var o={};o[e]=e=>e(i);return o}}var s={};s[e]=e=>{};s[t]=r;return s});__nccwpck_require__.a=(r,i,o)=>{var s;o&&((s=[]).d=-1);var a=new Set;var l=r.exports;var c;var u;var f;var d=new Promise((e,t)=>{f=t;u=e});d[t]=l;d[e]=e=>(s&&e(s),a.forEach(e),d["catch"](e=>{}));r.exports=d;i(r=>{c=wrapDeps(r);var i;var getResult=()=>c.map(e=>{if(e[n])throw e[n];return e[t]});var o=new Promise(t=>{i=()=>t(getResult);i.r=0;var fnQueue=e=>e!==s&&!a.has(e)&&(a.add(e),e&&!e.d&&(i.r++,e.push(i)));c.map(t=>t[e](fnQueue))});return i.r?o:getResult()},e=>(e?f(d[n]=e):u(l),resolveQueue(s)));s&&s.d<0&&(s.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var n in t){if(__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n)){Object.defineProperty(e,n,{enumerable:true,get:t[n]})}}}})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();var r=__nccwpck_require__(486);r=await r;