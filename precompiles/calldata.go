package precompiles

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/holiman/uint256"
)

// Calldata rules. A precompile accepts exactly one encoding per call: the
// canonical ABI encoding, the bytes go-ethereum's and Solidity's encoders
// produce. checkCanonical proves that in one pass over the input, before
// anything is decoded or priced from the structure:
//
//   - every offset equals the running tail position, so tails follow their
//     heads in order, no two heads share a tail and nothing lies between them;
//   - every length fits in the bytes that remain, so a count read from the
//     input never exceeds what the input can hold;
//   - every padding byte is zero and every static value is in its type's
//     range (uintN, intN sign extension, bool, address, bytesN);
//   - the encoding ends exactly at the end of the input.
//
// Each byte of the input is read at most once and recursion depth is the
// nesting depth of the method's types, fixed when the contract is built, so the
// check is linear in len(input) whatever the input says. Decoding a checked
// input then visits every element once and allocates at most a small constant
// times the input size: aliased offsets, which made one blob decode many times
// over, are refused before they can amplify anything.

// errNonCanonical is wrapped by every refusal of checkCanonical.
var errNonCanonical = errors.New("not the canonical ABI encoding")

// wordSize is the size of an ABI word.
const wordSize = 32

// codecKind is the encoding family of an ABI type.
type codecKind uint8

const (
	kindUint codecKind = iota
	kindInt
	kindBool
	kindAddress
	kindFixedBytes
	kindBytes
	kindString
	kindSlice
	kindArray
	kindTuple
)

// codec is the encoding plan of one ABI type, compiled once when a contract is
// built.
type codec struct {
	kind    codecKind
	name    string // the ABI type, for messages
	bits    int    // uintN / intN width; bytesN length
	dynamic bool   // encoded out of line, behind an offset
	size    int    // encoded size in bytes when static; head size (32) when dynamic
	elem    *codec // slice and array element
	length  int    // array length
	fields  []*codec
	names   []string // tuple field names as Go struct fields (abi.ToCamelCase)
}

// headSize is what one value of c takes in the head of its enclosing tuple.
func (c *codec) headSize() int {
	if c.dynamic {
		return wordSize
	}
	return c.size
}

// compileType builds the codec of t, refusing types the framework does not
// decode (function types, fixed-point numbers).
func compileType(t abi.Type) (*codec, error) {
	c := &codec{name: t.String()}
	switch t.T {
	case abi.UintTy:
		c.kind, c.bits, c.size = kindUint, t.Size, wordSize
	case abi.IntTy:
		c.kind, c.bits, c.size = kindInt, t.Size, wordSize
	case abi.BoolTy:
		c.kind, c.size = kindBool, wordSize
	case abi.AddressTy:
		c.kind, c.size = kindAddress, wordSize
	case abi.FixedBytesTy:
		c.kind, c.bits, c.size = kindFixedBytes, t.Size, wordSize
	case abi.BytesTy:
		c.kind, c.dynamic, c.size = kindBytes, true, wordSize
	case abi.StringTy:
		c.kind, c.dynamic, c.size = kindString, true, wordSize
	case abi.SliceTy:
		elem, err := compileType(*t.Elem)
		if err != nil {
			return nil, err
		}
		c.kind, c.elem, c.dynamic, c.size = kindSlice, elem, true, wordSize
	case abi.ArrayTy:
		elem, err := compileType(*t.Elem)
		if err != nil {
			return nil, err
		}
		c.kind, c.elem, c.length = kindArray, elem, t.Size
		c.dynamic = elem.dynamic
		if c.dynamic {
			c.size = wordSize
		} else {
			c.size = t.Size * elem.size
		}
	case abi.TupleTy:
		c.kind = kindTuple
		size := 0
		for i, e := range t.TupleElems {
			fc, err := compileType(*e)
			if err != nil {
				return nil, err
			}
			c.fields = append(c.fields, fc)
			c.names = append(c.names, abi.ToCamelCase(t.TupleRawNames[i]))
			c.dynamic = c.dynamic || fc.dynamic
			size += fc.headSize()
		}
		c.size = size
		if c.dynamic {
			c.size = wordSize
		}
	default:
		return nil, fmt.Errorf("ABI type %s is not supported by precompiles", t)
	}
	return c, nil
}

// compileArguments builds the codec of a method's inputs: a tuple whose
// fields are named after the arguments (unnamed ones Arg0, Arg1, …).
func compileArguments(args abi.Arguments) (*codec, error) {
	c := &codec{kind: kindTuple, name: "inputs"}
	size := 0
	for i, a := range args {
		fc, err := compileType(a.Type)
		if err != nil {
			return nil, fmt.Errorf("argument %d (%s): %w", i, a.Name, err)
		}
		name := abi.ToCamelCase(a.Name)
		if a.Name == "" {
			name = fmt.Sprintf("Arg%d", i)
		}
		c.fields = append(c.fields, fc)
		c.names = append(c.names, name)
		c.dynamic = c.dynamic || fc.dynamic
		size += fc.headSize()
	}
	c.size = size
	return c, nil
}

// tupleHeadSize is the size of the head of the tuple c.
func (c *codec) tupleHeadSize() int {
	n := 0
	for _, f := range c.fields {
		n += f.headSize()
	}
	return n
}

// checkCanonical reports whether data is exactly the canonical encoding of a
// value of the tuple c (a method's inputs).
func checkCanonical(c *codec, data []byte) error {
	end, err := checkTuple(c, data, 0)
	if err != nil {
		return err
	}
	if end != len(data) {
		return fmt.Errorf("%w: %d bytes after the encoding", errNonCanonical, len(data)-end)
	}
	return nil
}

// readLength reads the word at pos as a length or offset that must be at most
// max; ok is false when the word is out of range.
func readLength(data []byte, pos, max int) (int, bool) {
	if pos < 0 || pos > len(data)-wordSize {
		return 0, false
	}
	w := data[pos : pos+wordSize]
	for _, b := range w[:wordSize-8] {
		if b != 0 {
			return 0, false
		}
	}
	var v uint64
	for _, b := range w[wordSize-8:] {
		v = v<<8 | uint64(b)
	}
	if v > uint64(max) {
		return 0, false
	}
	return int(v), true
}

// checkTuple checks the tuple c encoded from start; it returns where its
// encoding (head and tails) ends.
func checkTuple(c *codec, data []byte, start int) (int, error) {
	return checkSequence(data, start, c.tupleHeadSize(), len(c.fields), func(i int) *codec { return c.fields[i] })
}

// checkSequence checks n values, the i-th of codec at(i), encoded as a tuple
// from start with a head of headSize bytes.
func checkSequence(data []byte, start, headSize, n int, at func(int) *codec) (int, error) {
	if headSize > len(data)-start {
		return 0, fmt.Errorf("%w: head of %d bytes at %d runs past the end", errNonCanonical, headSize, start)
	}
	head, tail := start, start+headSize
	for i := 0; i < n; i++ {
		f := at(i)
		if !f.dynamic {
			if err := checkStatic(f, data[head:head+f.size]); err != nil {
				return 0, fmt.Errorf("%w at byte %d", err, head)
			}
			head += f.size
			continue
		}
		off, ok := readLength(data, head, len(data))
		if !ok || off != tail-start {
			return 0, fmt.Errorf("%w: offset at byte %d is not the next tail position %d", errNonCanonical, head, tail-start)
		}
		end, err := checkDynamic(f, data, tail)
		if err != nil {
			return 0, err
		}
		head, tail = head+wordSize, end
	}
	return tail, nil
}

// checkDynamic checks the out-of-line value c at pos and returns its end.
func checkDynamic(c *codec, data []byte, pos int) (int, error) {
	switch c.kind {
	case kindBytes, kindString:
		n, ok := readLength(data, pos, len(data))
		if !ok {
			return 0, fmt.Errorf("%w: %s length at byte %d out of range", errNonCanonical, c.name, pos)
		}
		padded := (n + wordSize - 1) / wordSize * wordSize
		body := pos + wordSize
		if padded > len(data)-body {
			return 0, fmt.Errorf("%w: %s of %d bytes at byte %d runs past the end", errNonCanonical, c.name, n, pos)
		}
		for _, b := range data[body+n : body+padded] {
			if b != 0 {
				return 0, fmt.Errorf("%w: non-zero padding after the %s at byte %d", errNonCanonical, c.name, pos)
			}
		}
		return body + padded, nil
	case kindSlice:
		// Each element takes at least one word of head, so a length above
		// what the rest of the input holds is refused before it is used.
		n, ok := readLength(data, pos, (len(data)-pos)/wordSize)
		if !ok {
			return 0, fmt.Errorf("%w: %s length at byte %d out of range", errNonCanonical, c.name, pos)
		}
		elemHead := c.elem.headSize()
		if n > (len(data)-pos-wordSize)/elemHead {
			return 0, fmt.Errorf("%w: %s of %d elements at byte %d runs past the end", errNonCanonical, c.name, n, pos)
		}
		elem := c.elem
		return checkSequence(data, pos+wordSize, n*elemHead, n, func(int) *codec { return elem })
	case kindArray:
		elem := c.elem
		return checkSequence(data, pos, c.length*elem.headSize(), c.length, func(int) *codec { return elem })
	case kindTuple:
		return checkTuple(c, data, pos)
	}
	return 0, fmt.Errorf("%w: %s is not dynamic", errNonCanonical, c.name)
}

// checkStatic checks the in-line value c in w (c.size bytes).
func checkStatic(c *codec, w []byte) error {
	switch c.kind {
	case kindUint:
		if !allZero(w[:wordSize-c.bits/8]) {
			return fmt.Errorf("%w: %s out of range", errNonCanonical, c.name)
		}
	case kindInt:
		pad := w[:wordSize-c.bits/8]
		fill := byte(0)
		if w[wordSize-c.bits/8]&0x80 != 0 {
			fill = 0xff
		}
		for _, b := range pad {
			if b != fill {
				return fmt.Errorf("%w: %s not sign-extended", errNonCanonical, c.name)
			}
		}
	case kindBool:
		if !allZero(w[:wordSize-1]) || w[wordSize-1] > 1 {
			return fmt.Errorf("%w: bool is neither 0 nor 1", errNonCanonical)
		}
	case kindAddress:
		if !allZero(w[:wordSize-20]) {
			return fmt.Errorf("%w: address with non-zero high bytes", errNonCanonical)
		}
	case kindFixedBytes:
		if !allZero(w[c.bits:]) {
			return fmt.Errorf("%w: %s with non-zero padding", errNonCanonical, c.name)
		}
	case kindArray:
		for i := 0; i < c.length; i++ {
			if err := checkStatic(c.elem, w[i*c.elem.size:(i+1)*c.elem.size]); err != nil {
				return err
			}
		}
	case kindTuple:
		off := 0
		for _, f := range c.fields {
			if err := checkStatic(f, w[off:off+f.size]); err != nil {
				return err
			}
			off += f.size
		}
	default:
		return fmt.Errorf("%w: %s is not static", errNonCanonical, c.name)
	}
	return nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// Go types the decoder fills.
var (
	typeBigInt  = reflect.TypeFor[*big.Int]()
	typeUint256 = reflect.TypeFor[*uint256.Int]()
	typeByte    = reflect.TypeFor[byte]()
)

// checkShape reports whether Go type t can hold values of c exactly, naming
// the first mismatch by its path. It runs when a contract is built, so a
// handler whose input type disagrees with the interface never gets deployed.
//
// The accepted Go types are those abigen and go-ethereum's decoder use:
// uint8/16/32/64 and int8/16/32/64 for those widths, *big.Int (or
// *uint256.Int for unsigned) for any width; bool; common.Address (any [20]byte
// type); [N]byte types for bytesN; []byte; string; slices and arrays of an
// accepted element; structs whose exported fields are, in order, the tuple's
// components named as abigen names them.
func checkShape(c *codec, t reflect.Type, path string) error {
	mismatch := func() error { return fmt.Errorf("%s: Go type %s cannot hold ABI %s", path, t, c.name) }
	switch c.kind {
	case kindUint, kindInt:
		if t == typeBigInt || (c.kind == kindUint && t == typeUint256) {
			return nil
		}
		want := map[int]reflect.Kind{8: reflect.Uint8, 16: reflect.Uint16, 32: reflect.Uint32, 64: reflect.Uint64}
		if c.kind == kindInt {
			want = map[int]reflect.Kind{8: reflect.Int8, 16: reflect.Int16, 32: reflect.Int32, 64: reflect.Int64}
		}
		if k, ok := want[c.bits]; !ok || t.Kind() != k {
			return mismatch()
		}
	case kindBool:
		if t.Kind() != reflect.Bool {
			return mismatch()
		}
	case kindAddress:
		if t.Kind() != reflect.Array || t.Len() != 20 || t.Elem() != typeByte {
			return mismatch()
		}
	case kindFixedBytes:
		if t.Kind() != reflect.Array || t.Len() != c.bits || t.Elem() != typeByte {
			return mismatch()
		}
	case kindBytes:
		if t.Kind() != reflect.Slice || t.Elem() != typeByte {
			return mismatch()
		}
	case kindString:
		if t.Kind() != reflect.String {
			return mismatch()
		}
	case kindSlice:
		if t.Kind() != reflect.Slice {
			return mismatch()
		}
		return checkShape(c.elem, t.Elem(), path+"[]")
	case kindArray:
		if t.Kind() != reflect.Array || t.Len() != c.length {
			return mismatch()
		}
		return checkShape(c.elem, t.Elem(), path+"[]")
	case kindTuple:
		if t.Kind() != reflect.Struct || t.NumField() != len(c.fields) {
			return fmt.Errorf("%s: Go type %s must be a struct of %d fields for ABI %s", path, t, len(c.fields), c.name)
		}
		for i, f := range c.fields {
			sf := t.Field(i)
			if !sf.IsExported() || sf.Name != c.names[i] {
				return fmt.Errorf("%s: field %d of %s is %s, want exported %s", path, i, t, sf.Name, c.names[i])
			}
			if err := checkShape(f, sf.Type, path+"."+sf.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

// decodeTuple decodes the checked tuple c encoded from start into dst, a
// struct value whose shape checkShape accepted.
func decodeTuple(c *codec, data []byte, start int, dst reflect.Value) {
	head := start
	for i, f := range c.fields {
		head = decodeAt(f, data, start, head, dst.Field(i))
	}
}

// decodeAt decodes the value c whose head is at head, in a tuple encoded from
// start, into dst, and returns the next head position. The input has passed
// checkCanonical, so every offset and length is in range.
func decodeAt(c *codec, data []byte, start, head int, dst reflect.Value) int {
	if !c.dynamic {
		decodeStatic(c, data[head:head+c.size], dst)
		return head + c.size
	}
	off, _ := readLength(data, head, len(data))
	pos := start + off
	switch c.kind {
	case kindBytes:
		n, _ := readLength(data, pos, len(data))
		dst.SetBytes(append([]byte(nil), data[pos+wordSize:pos+wordSize+n]...))
	case kindString:
		n, _ := readLength(data, pos, len(data))
		dst.SetString(string(data[pos+wordSize : pos+wordSize+n]))
	case kindSlice:
		n, _ := readLength(data, pos, len(data))
		s := reflect.MakeSlice(dst.Type(), n, n)
		elemStart, elemHead := pos+wordSize, pos+wordSize
		for i := 0; i < n; i++ {
			elemHead = decodeAt(c.elem, data, elemStart, elemHead, s.Index(i))
		}
		dst.Set(s)
	case kindArray:
		elemHead := pos
		for i := 0; i < c.length; i++ {
			elemHead = decodeAt(c.elem, data, pos, elemHead, dst.Index(i))
		}
	case kindTuple:
		decodeTuple(c, data, pos, dst)
	}
	return head + wordSize
}

// decodeStatic decodes the in-line value c held in w into dst.
func decodeStatic(c *codec, w []byte, dst reflect.Value) {
	switch c.kind {
	case kindUint:
		switch dst.Type() {
		case typeBigInt:
			dst.Set(reflect.ValueOf(new(big.Int).SetBytes(w)))
		case typeUint256:
			dst.Set(reflect.ValueOf(new(uint256.Int).SetBytes(w)))
		default: // a width of at most 64 bits: checkCanonical zeroed the rest
			dst.SetUint(binary.BigEndian.Uint64(w[wordSize-8:]))
		}
	case kindInt:
		if dst.Type() != typeBigInt { // at most 64 bits, sign-extended
			dst.SetInt(int64(binary.BigEndian.Uint64(w[wordSize-8:])))
			return
		}
		v := new(big.Int).SetBytes(w)
		if w[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 256))
		}
		dst.Set(reflect.ValueOf(v))
	case kindBool:
		dst.SetBool(w[wordSize-1] == 1)
	case kindAddress:
		reflect.Copy(dst, reflect.ValueOf(w[wordSize-20:]))
	case kindFixedBytes:
		reflect.Copy(dst, reflect.ValueOf(w[:c.bits]))
	case kindArray:
		for i := 0; i < c.length; i++ {
			decodeStatic(c.elem, w[i*c.elem.size:(i+1)*c.elem.size], dst.Index(i))
		}
	case kindTuple:
		off := 0
		for i, f := range c.fields {
			decodeStatic(f, w[off:off+f.size], dst.Field(i))
			off += f.size
		}
	}
}
