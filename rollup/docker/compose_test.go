package docker

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

const testCompose = `
x-image: &image
  image: openledger:dev
  build: {context: .}
  restart: unless-stopped
services:
  init:
    <<: *image
    restart: "no"
  l1:
    <<: *image
    ports: ["8645:8645"]
    environment:
      ADDR: "0x4f50454e000000000000000000000000000000a0"
      FLAG: "on"
    depends_on:
      init: {condition: service_completed_successfully}
`

// TestForTest: the document a test runs has no published ports, its own
// image tag, absolute build contexts, only the services asked for (with
// their dependencies), and strings that stay strings for podman-compose's
// YAML 1.1 reader (PyYAML), which reads a plain 0x… as a number.
func TestForTest(t *testing.T) {
	c, err := ParseCompose([]byte(testCompose))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.ForTest("/repo", "img:t", []string{"l1"}); err == nil || !strings.Contains(err.Error(), "depends on init, which is left out") {
		t.Errorf("l1 without init: %v, want refused", err)
	}
	doc, err := c.ForTest("/repo", "img:t", []string{"init"})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := ParseCompose(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Services) != 1 || sub.Services["init"].Image != "img:t" {
		t.Errorf("only init: got %+v", sub.Services)
	}
	doc, err = c.ForTest("/repo", "img:t", nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(doc), "8645:8645") {
		t.Errorf("ports still published:\n%s", doc)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is missing: cannot read the document as podman-compose does")
	}
	read := exec.Command("python3", "-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))")
	read.Stdin = strings.NewReader(string(doc))
	out, err := read.Output()
	if err != nil {
		t.Skipf("python3 cannot read YAML (no PyYAML, which podman-compose needs): %v", err)
	}
	var got struct {
		Services map[string]struct {
			Image       string         `json:"image"`
			Restart     any            `json:"restart"`
			Build       map[string]any `json:"build"`
			Environment map[string]any `json:"environment"`
		} `json:"services"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	l1, init := got.Services["l1"], got.Services["init"]
	for _, tc := range []struct {
		what      string
		got, want any
	}{
		{"l1 ADDR", l1.Environment["ADDR"], "0x4f50454e000000000000000000000000000000a0"},
		{"l1 FLAG", l1.Environment["FLAG"], "on"},
		{"init restart", init.Restart, "no"},
		{"l1 restart", l1.Restart, "unless-stopped"},
		{"l1 image", l1.Image, "img:t"},
		{"l1 build context", l1.Build["context"], "/repo/."},
	} {
		if tc.got != tc.want {
			t.Errorf("%s as PyYAML reads it: %#v, want %#v", tc.what, tc.got, tc.want)
		}
	}
}

// TestStackPorts: the ports Stack reaches the services at (loraserve's
// included) are the ones docker-compose.yml's health checks probe inside
// each container.
func TestStackPorts(t *testing.T) {
	c, err := LoadCompose("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	for svc, port := range Ports {
		hc := c.Services[svc].Healthcheck
		if len(hc) == 0 || !strings.HasSuffix(hc[len(hc)-1], fmt.Sprintf("://localhost:%d", port)) {
			t.Errorf("%s: Stack uses port %d, its health check probes %v", svc, port, hc)
		}
	}
	if hc := c.Services["loraserve"].Healthcheck; len(hc) == 0 || !strings.Contains(hc[len(hc)-1], fmt.Sprintf("://localhost:%d/", LoraservePort)) {
		t.Errorf("loraserve: Stack uses port %d, its health check probes %v", LoraservePort, hc)
	}
}
