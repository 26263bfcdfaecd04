package opflags

import (
	"reflect"
	"testing"

	"github.com/urfave/cli/v2"
)

func TestApply(t *testing.T) {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "l1", EnvVars: []string{"OPFLAGS_TEST_L1"}},
		&cli.BoolFlag{Name: "altda.enabled", EnvVars: []string{"OPFLAGS_TEST_ALTDA"}},
	}
	defaults := []Default{{Name: "l1", Value: "http://a"}, {Name: "altda.enabled", Value: "true"}}
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want []string
	}{
		{"nothing set", []string{"p"}, nil, []string{"p", "--l1=http://a", "--altda.enabled=true"}},
		{"flag with value", []string{"p", "--l1=http://b"}, nil, []string{"p", "--altda.enabled=true", "--l1=http://b"}},
		{"flag then value", []string{"p", "-l1", "http://b"}, nil, []string{"p", "--altda.enabled=true", "-l1", "http://b"}},
		{"env var set", []string{"p"}, map[string]string{"OPFLAGS_TEST_ALTDA": "false"}, []string{"p", "--l1=http://a"}},
		{"after terminator", []string{"p", "--", "--l1=x"}, nil, []string{"p", "--l1=http://a", "--altda.enabled=true", "--", "--l1=x"}},
		{"prefix of another flag", []string{"p", "--l1.rpckind=basic"}, nil, []string{"p", "--l1=http://a", "--altda.enabled=true", "--l1.rpckind=basic"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			got, err := Apply(tc.args, flags, defaults)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Apply(%q) = %q, want %q", tc.args, got, tc.want)
			}
		})
	}
	if _, err := Apply([]string{"p"}, flags, []Default{{Name: "nope", Value: "x"}}); err == nil {
		t.Fatal("a default for an unknown flag was accepted")
	}
	if _, err := Apply(nil, flags, defaults); err == nil {
		t.Fatal("empty args were accepted")
	}
	if !IsSet([]string{"p", "--altda.enabled"}, flags, "altda.enabled") || IsSet([]string{"p"}, flags, "l1") {
		t.Fatal("IsSet is wrong")
	}
}
