package disperser

import "fmt"

// Codec is the gRPC codec for this package's messages. Its name is "proto", so
// calls carry the standard application/grpc+proto content type.
type Codec struct{}

// Name returns "proto".
func (Codec) Name() string { return "proto" }

// Marshal encodes one of this package's request or reply messages.
func (Codec) Marshal(v any) ([]byte, error) {
	m, ok := v.(message)
	if !ok {
		return nil, fmt.Errorf("disperser codec cannot marshal %T", v)
	}
	return m.marshalProto(), nil
}

// Unmarshal decodes into one of this package's request or reply messages.
func (Codec) Unmarshal(data []byte, v any) error {
	m, ok := v.(message)
	if !ok {
		return fmt.Errorf("disperser codec cannot unmarshal into %T", v)
	}
	return m.unmarshalProto(data)
}
