// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.
//
// driver.mjs runs llama.cpp (node-llama-cpp's prebuilt CPU binaries) for the
// Go package llamacpp: one JSON request per line on stdin, one JSON reply per
// line on stdout ({"ok": ...} or {"error": "..."}). Timings are taken here,
// around the llama.cpp calls only.

import readline from "node:readline";
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

const now = () => process.hrtime.bigint();
const models = new Map();
const contexts = new Map();
let llama;
const rssLimit = 2 * 1024 ** 3; // bytes; see generate

const ops = {
    // {threads}: the llama.cpp instance, CPU only, with a thread budget
    // shared by every evaluation running at once.
    async init({threads}) {
        llama = await getLlama({gpu: false, build: "never", skipDownload: true, progressLogs: false,
            logLevel: LlamaLogLevel.error, maxThreads: threads});
        return {cpuMathCores: llama.cpuMathCores, maxThreads: llama.maxThreads};
    },

    // {id, path}
    async load({id, path}) {
        const model = await llama.loadModel({modelPath: path, gpuLayers: 0, useMmap: true});
        models.set(id, model);
        return {};
    },

    // {id, model, lora, sequences, contextSize, batchSize, threads, minThreads, kvF32}
    async context({id, model, lora, sequences, contextSize, batchSize, threads, minThreads, kvF32}) {
        const opts = {contextSize, sequences, batchSize, threads: {ideal: threads, min: minThreads || threads},
            failedCreationRemedy: false, ignoreMemorySafetyChecks: true};
        if (lora) opts.lora = {adapters: [{filePath: lora, scale: 1}]};
        if (kvF32) {
            opts.experimentalKvCacheKeyType = "F32";
            opts.experimentalKvCacheValueType = "F32";
            opts.flashAttention = false;
        }
        contexts.set(id, await models.get(model).createContext(opts));
        return {};
    },

    // {model, texts}: llama.cpp's tokenization of each text, without
    // special tokens added or parsed.
    async tokenize({model, texts}) {
        const m = models.get(model);
        return {tokens: texts.map(text => Array.from(m.tokenize(text, false)))};
    },

    async dispose({id}) {
        await contexts.get(id).dispose();
        contexts.delete(id);
        return {};
    },

    // {context, tokens, at}: evaluates tokens on a fresh sequence and returns
    // the full logits after each position listed in at.
    async logits({context, tokens, at}) {
        const seq = contexts.get(context).getSequence();
        try {
            const want = new Set(at);
            const input = tokens.map((t, i) => want.has(i) ? [t, {generateNext: {logits: true}}] : t);
            const res = await seq.controlledEvaluate(input);
            const vocab = contexts.get(context).model.tokens.vocabularySize ?? null;
            const out = [];
            for (const i of at) {
                const m = res[i]?.next?.logits;
                if (!m) throw new Error(`no logits at position ${i}`);
                const arr = new Array(vocab ?? m.size).fill(null);
                for (const [tok, v] of m) arr[tok] = v;
                out.push(arr);
            }
            return {logits: out};
        } finally {
            seq.dispose();
        }
    },

    // {runs: [{context, prompt, n}]}: every run is one sequence of its
    // context; all start at once (node-llama-cpp batches the sequences of one
    // context into one llama_decode; contexts evaluate concurrently within the
    // thread budget). Each run evaluates its prompt, then generates n tokens
    // greedily. Returns the wall time, the process's CPU time (all threads)
    // over the same span and until the first token of any run, each run's
    // time to first token and its tokens.
    //
    // Generating keeps about a megabyte of garbage per token (more with many
    // contexts) that V8 is slow to collect: past rssLimit bytes of resident
    // memory the garbage is collected, and the time that takes is taken off
    // the reported times (in llama.cpp's favour: its threads may go on
    // computing meanwhile).
    async generate({runs}) {
        const seqs = runs.map(r => contexts.get(r.context).getSequence());
        const cpu0 = process.cpuUsage();
        let firstCPU = null;
        let pausedNS = 0n, pausedCPU = 0, tokens = 0;
        const ns = c => c ? (c.user + c.system) * 1000 : 0;
        const collect = () => {
            if (++tokens % 32 !== 0 || !globalThis.gc || process.memoryUsage.rss() < rssLimit) return;
            const t0 = now(), c0 = process.cpuUsage();
            globalThis.gc();
            pausedNS += now() - t0;
            pausedCPU += ns(process.cpuUsage(c0));
        };
        const start = now();
        try {
            const results = await Promise.all(runs.map(async (r, i) => {
                const got = [];
                let first = 0n;
                for await (const tok of seqs[i].evaluate(r.prompt, {temperature: 0})) {
                    if (got.length === 0) {
                        first = now() - start - pausedNS;
                        firstCPU ??= process.cpuUsage(cpu0);
                    }
                    got.push(tok);
                    collect();
                    if (got.length >= r.n) break;
                }
                return {ttft_ns: Number(first), tokens: got};
            }));
            const elapsed = Number(now() - start - pausedNS);
            const cpu = ns(process.cpuUsage(cpu0)) - pausedCPU;
            return {elapsed_ns: elapsed, cpu_ns: cpu, first_cpu_ns: ns(firstCPU), runs: results};
        } finally {
            for (const s of seqs) s.dispose();
            // Outside the timed span: collect the garbage of the generation
            // now (every token's logits), which V8 otherwise lets grow by
            // about a megabyte per generated token.
            globalThis.gc?.();
        }
    },
};

const rl = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
for await (const line of rl) {
    if (!line.trim()) continue;
    let reply;
    try {
        const req = JSON.parse(line);
        const fn = ops[req.op];
        if (!fn) throw new Error(`unknown op ${req.op}`);
        reply = {ok: await fn(req)};
    } catch (e) {
        reply = {error: String(e?.stack ?? e)};
    }
    process.stdout.write(JSON.stringify(reply) + "\n");
}
for (const c of contexts.values()) await c.dispose();
for (const m of models.values()) await m.dispose();
