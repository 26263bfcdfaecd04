package commands

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"
)

// print writes v to the command's output: indented JSON with --json, else
// the same fields as "key: value" lines, nested values indented.
func print(c *cli.Context, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode output: %w", err)
	}
	w := c.App.Writer
	if c.Bool(flagJSON) {
		var buf bytes.Buffer
		if err := json.Indent(&buf, data, "", "  "); err != nil {
			return err
		}
		buf.WriteByte('\n')
		_, err := w.Write(buf.Bytes())
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return renderText(w, dec, 0, "")
}

// renderText prints the next JSON value from dec as indented text, keeping
// the field order of the encoded structs.
func renderText(w io.Writer, dec *json.Decoder, depth int, prefix string) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	indent := strings.Repeat("  ", depth)
	switch t := tok.(type) {
	case json.Delim:
		if prefix != "" {
			fmt.Fprintln(w, prefix)
		}
		switch t {
		case '{':
			for dec.More() {
				key, err := dec.Token()
				if err != nil {
					return err
				}
				if err := renderText(w, dec, depth+1, fmt.Sprintf("%s%v:", indent, key)); err != nil {
					return err
				}
			}
		case '[':
			i := 0
			for dec.More() {
				if err := renderText(w, dec, depth+1, fmt.Sprintf("%s[%d]", indent, i)); err != nil {
					return err
				}
				i++
			}
		}
		_, err = dec.Token() // closing delimiter
		return err
	default:
		v := fmt.Sprint(t)
		if t == nil {
			v = "-"
		}
		if prefix == "" {
			fmt.Fprintln(w, v)
		} else {
			fmt.Fprintln(w, strings.TrimSuffix(prefix, ":")+": "+v)
		}
		return nil
	}
}
