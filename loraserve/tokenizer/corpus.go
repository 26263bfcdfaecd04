// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

// DefaultCorpus trains the vocabularies of Generate when no corpus is
// given. It is original text: English about the project, code, numbers, and
// a few lines in other scripts so that every family's vocabulary holds
// multi-byte merges and its byte fallback is exercised by rarer characters.
const DefaultCorpus = `OpenLedger is a rollup where data, models and agents are first class citizens of the chain.
A contributor uploads data to a Datanet, a curator accepts it, and the contribution gets an identifier.
A model owner fine tunes an adapter on one or more Datanets and registers it with its price per token.
When a user asks a question, the server runs the base model with the adapter and streams the answer.
The answer is attributed to the contributions that shaped it, and the fee is split between them.
Every receipt is settled on chain: the payer's escrow pays the operator, the model owner and the contributors.
The tokenizer turns text into tokens, and the tokens into text again; it must agree with the reference.
Numbers like 7, 42, 365, 2048 and 1234567 appear in prices, block heights and timestamps.
It's the user's choice: they'll pay 0.25 OPEN per 1,000 tokens, or they've set a budget of 12.5 OPEN.
Don't forget: we're testing contractions, "quotes", (parentheses), [brackets] and {braces}!

func encode(text string) []int {
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			continue
		}
	}
	return nil
}

Die Datenbank speichert Beiträge, Prüfsummen und Gebühren für jeden Block.
Le réseau répartit les frais entre les contributeurs, les opérateurs et les propriétaires des modèles.
El modelo responde en español cuando la pregunta llega en español, con acentos y eñes.
Сеть хранит данные, модели и агентов; каждый вклад получает свою долю вознаграждения.
Το δίκτυο μοιράζει τα τέλη στους συνεισφέροντες και στους χειριστές.
区块链记录每一次推理的收据，贡献者按照归因权重获得报酬。数据、模型和代理都在链上。
ブロックチェーンは推論の領収書を記録し、貢献者は報酬を受け取ります。
블록체인은 모든 추론 영수증을 기록하고 기여자는 보상을 받습니다.
تسجل السلسلة كل إيصال استدلال ويحصل المساهمون على حصتهم.
श्रृंखला हर अनुमान की रसीद दर्ज करती है और योगदानकर्ताओं को भुगतान मिलता है।
Emoji travel as bytes too: 🚀 launch, ✅ settled, 🔥 hot path, 👩‍💻 developer, 🇩🇪 flag.
Whitespace matters:  two spaces,   three spaces,	a tab, and a line that ends with spaces.   
The end of the corpus repeats the common words: the data, the model, the adapter, the token, the chain.
`
