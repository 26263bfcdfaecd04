package docker

import (
	"fmt"
	"os"
	"slices"
	"sort"

	"gopkg.in/yaml.v3"
)

// Depends_on conditions of the compose specification.
const (
	ConditionStarted   = "service_started"
	ConditionHealthy   = "service_healthy"
	ConditionCompleted = "service_completed_successfully"
)

// Service is what Up reads of a compose service.
type Service struct {
	// DependsOn maps each dependency to the condition it must meet.
	DependsOn map[string]string
	// Healthcheck is the health check command (exec form, without "CMD"), or nil.
	Healthcheck []string
	// Ports are the published ports.
	Ports []string
	// Image is the image the service runs.
	Image string
}

// Compose is a parsed compose file: Raw is the whole document (merge keys
// resolved), Services what Up needs of each service.
type Compose struct {
	Raw      map[string]any
	Services map[string]Service
}

// LoadCompose reads and parses a compose file.
func LoadCompose(path string) (*Compose, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	return ParseCompose(data)
}

// ParseCompose parses a compose document.
func ParseCompose(data []byte) (*Compose, error) {
	var raw map[string]any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	services, ok := raw["services"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("compose: no services")
	}
	c := &Compose{Raw: raw, Services: map[string]Service{}}
	for name, v := range services {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("compose: service %s is not a mapping", name)
		}
		svc := Service{DependsOn: map[string]string{}}
		svc.Image, _ = m["image"].(string)
		switch deps := m["depends_on"].(type) {
		case nil:
		case []any:
			for _, d := range deps {
				svc.DependsOn[fmt.Sprint(d)] = ConditionStarted
			}
		case map[string]any:
			for d, spec := range deps {
				cond := ConditionStarted
				if sm, ok := spec.(map[string]any); ok {
					if s, ok := sm["condition"].(string); ok {
						cond = s
					}
				}
				svc.DependsOn[d] = cond
			}
		default:
			return nil, fmt.Errorf("compose: service %s: depends_on is neither a list nor a mapping", name)
		}
		for d, cond := range svc.DependsOn {
			if _, ok := services[d]; !ok {
				return nil, fmt.Errorf("compose: service %s depends on unknown service %s", name, d)
			}
			if !slices.Contains([]string{ConditionStarted, ConditionHealthy, ConditionCompleted}, cond) {
				return nil, fmt.Errorf("compose: service %s: unknown condition %q on %s", name, cond, d)
			}
		}
		if hc, ok := m["healthcheck"].(map[string]any); ok {
			test, _ := hc["test"].([]any)
			if len(test) < 2 || test[0] != "CMD" {
				return nil, fmt.Errorf("compose: service %s: health check must be exec form [\"CMD\", ...] (the images have no shell)", name)
			}
			for _, a := range test[1:] {
				svc.Healthcheck = append(svc.Healthcheck, fmt.Sprint(a))
			}
		}
		if ports, ok := m["ports"].([]any); ok {
			for _, p := range ports {
				svc.Ports = append(svc.Ports, fmt.Sprint(p))
			}
		}
		c.Services[name] = svc
	}
	for name, svc := range c.Services {
		for d, cond := range svc.DependsOn {
			if cond == ConditionHealthy && c.Services[d].Healthcheck == nil {
				return nil, fmt.Errorf("compose: service %s waits for %s to be healthy, which has no health check", name, d)
			}
		}
	}
	if _, err := c.Waves(); err != nil {
		return nil, err
	}
	return c, nil
}

// Waves groups the services by dependency depth: every service's
// dependencies are in earlier waves. Names within a wave are sorted.
func (c *Compose) Waves() ([][]string, error) {
	depth := map[string]int{}
	var visit func(name string, path []string) (int, error)
	visit = func(name string, path []string) (int, error) {
		if d, ok := depth[name]; ok {
			return d, nil
		}
		if slices.Contains(path, name) {
			return 0, fmt.Errorf("compose: dependency cycle %v", append(path, name))
		}
		d := 0
		for dep := range c.Services[name].DependsOn {
			dd, err := visit(dep, append(path, name))
			if err != nil {
				return 0, err
			}
			d = max(d, dd+1)
		}
		depth[name] = d
		return d, nil
	}
	var waves [][]string
	for name := range c.Services {
		d, err := visit(name, nil)
		if err != nil {
			return nil, err
		}
		for len(waves) <= d {
			waves = append(waves, nil)
		}
		waves[d] = append(waves[d], name)
	}
	for _, w := range waves {
		sort.Strings(w)
	}
	return waves, nil
}

// ForTest returns the compose document as a test runs it: no published
// ports (the stack then collides with nothing on the host; the test reaches
// the containers by their addresses), every build context made absolute
// against dir (the directory of the original file), every service's image
// replaced by image (a tag of the test's own, which it may remove), and,
// when only is not empty, only those services, which must include what
// they depend on.
func (c *Compose) ForTest(dir, image string, only []string) ([]byte, error) {
	services := c.Raw["services"].(map[string]any)
	for _, name := range only {
		svc, ok := c.Services[name]
		if !ok {
			return nil, fmt.Errorf("compose: no service %s", name)
		}
		for dep := range svc.DependsOn {
			if !slices.Contains(only, dep) {
				return nil, fmt.Errorf("compose: service %s depends on %s, which is left out", name, dep)
			}
		}
	}
	out := map[string]any{}
	for k, v := range c.Raw {
		out[k] = v
	}
	copied := map[string]any{}
	for name, v := range services {
		if len(only) > 0 && !slices.Contains(only, name) {
			continue
		}
		m := map[string]any{}
		for k, vv := range v.(map[string]any) {
			m[k] = vv
		}
		delete(m, "ports")
		if _, ok := m["image"]; ok && image != "" {
			m["image"] = image
		}
		if b, ok := m["build"].(map[string]any); ok {
			nb := map[string]any{}
			for k, vv := range b {
				nb[k] = vv
			}
			ctx, _ := nb["context"].(string)
			if ctx == "" {
				ctx = "."
			}
			if !isAbs(ctx) {
				nb["context"] = dir + "/" + ctx
			}
			m["build"] = nb
		}
		copied[name] = m
	}
	out["services"] = copied
	var doc yaml.Node
	if err := doc.Encode(out); err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	quoteStrings(&doc)
	return yaml.Marshal(&doc)
}

// quoteStrings double-quotes every string scalar under n. podman-compose
// reads YAML 1.1, where plain 0x4f50…, no or on are numbers and booleans:
// a string the compose file quoted must stay quoted when the document is
// written again.
func quoteStrings(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		n.Style = yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		quoteStrings(c)
	}
}

func isAbs(p string) bool { return len(p) > 0 && p[0] == '/' }
