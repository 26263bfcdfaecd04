// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package testmodel

// corpus trains the test tokenizer. It is original text about the project so
// that the vocabulary holds common English pieces and some domain words.
const corpus = `OpenLedger is a rollup where data, models and agents are first class citizens of the chain.
A contributor uploads data to a Datanet, a curator accepts it, and the contribution gets an identifier.
A model owner fine tunes an adapter on one or more Datanets and registers it with its price per token.
When a user asks a question, the server runs the base model with the adapter and returns the answer.
Every answer carries a receipt: which contributions influenced the output, and by how much.
The receipt is settled on chain in a batch, and the fee is split between the owner, the operator and the contributors.
Many adapters share one base model, so the server keeps the hot adapters in memory and loads the others on demand.
The quick brown fox jumps over the lazy dog. The dog sleeps in the sun while the fox runs into the forest.
Hello world! How are you today? I am fine, thank you. What is the weather like? It is sunny and warm.
Numbers such as 1, 2, 3, 10, 42, 100, 2024 and 65536 appear in text; so do dates like 2026-11-26.
Once upon a time there was a small model that wanted to learn everything about the world.
It read books, it read code, and it read the questions that people asked it every day.
func main() { fmt.Println("hello") } // code is text too, with braces, quotes and semicolons;
The answer is yes. The answer is no. The answer depends on the data you trained on.
`
