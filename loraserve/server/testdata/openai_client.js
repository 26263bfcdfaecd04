// Drives loraserve with the official openai npm package (run by server_test.go).
// Usage: node openai_client.js <repo root> <base url> <adapter id>
// Prints one JSON object with what the client saw.
const path = require("path");
const root = process.argv[2];
const OpenAI = require(path.join(root, "contracts", "node_modules", "openai"));

async function main() {
  const baseURL = process.argv[3];
  const adapter = process.argv[4];
  const client = new OpenAI({ apiKey: "unused", baseURL, maxRetries: 0 });
  const out = {};

  // Stream a chat completion for an adapter.
  const stream = await client.chat.completions.create({
    model: adapter,
    messages: [{ role: "user", content: "Hello, who are you?" }],
    max_tokens: 12,
    temperature: 0,
    stream: true,
    stream_options: { include_usage: true },
  });
  out.chunks = 0;
  out.content = "";
  for await (const chunk of stream) {
    out.chunks++;
    if (chunk.usage) out.usage = chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.delta.role) out.role = choice.delta.role;
    if (choice.delta.content) out.content += choice.delta.content;
    if (choice.finish_reason) out.finish = choice.finish_reason;
  }

  // The model list shows the adapter.
  const models = await client.models.list();
  out.models = models.data.map((m) => m.id);

  // Error bodies decode into the SDK's typed errors.
  out.errors = {};
  const tries = {
    unknownModel: { model: "no-such-adapter", messages: [{ role: "user", content: "x" }] },
    badTemperature: { model: adapter, messages: [{ role: "user", content: "x" }], temperature: 7 },
    tooLong: { model: adapter, messages: [{ role: "user", content: "x" }], max_tokens: 100000 },
  };
  for (const [name, body] of Object.entries(tries)) {
    try {
      await client.chat.completions.create(body);
      out.errors[name] = { status: 0 };
    } catch (e) {
      out.errors[name] = { status: e.status, code: e.code, type: e.type, param: e.param, message: e.message, cls: e.constructor.name };
    }
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
