package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/deploy"
	"github.com/openledger/openledger/eigenda/v2/verifier"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet"
	"github.com/openledger/openledger/rollup/devnet/devnettest"
	"github.com/openledger/openledger/rollup/predeploys"
)

// TestDevnet runs the whole rollup in-process and checks, in order: L2
// transactions (a transfer and Datanet precompile calls) reach the verifier
// through EigenDA with identical blocks; the fee predeploys agree with
// op-geth; a forced-inclusion deposit from L1 executes on both nodes; the
// finalized head follows L1 finality; faults (batcher restart mid-channel, DA
// server down and restarted on its file store, verifier restart and full
// re-derivation) lose nothing and cause no divergence; ethers talks to the
// sequencer.
func TestDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole rollup for about a minute")
	}
	dir := t.TempDir()
	d := devnettest.Start(t, devnettest.Options{Dir: dir})
	seq := dial(t, d.SeqGeth.HTTPEndpoint())
	ver := dial(t, d.VerGeth.HTTPEndpoint())
	l1 := dial(t, d.L1.HTTPEndpoint())
	alice, bob := genesis.DevKey(0), genesis.DevKey(1)
	registry := bindings.NewIDatanetRegistry()
	var lastTxBlock uint64

	t.Run("transactions_reach_verifier_through_da", func(t *testing.T) {
		to := common.HexToAddress("0x000000000000000000000000000000000000beef")
		r := sendTx(t, seq, alice, &to, big.NewInt(params.Ether), nil)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("transfer failed")
		}
		call := registry.PackCreateDatanet("medical-notes", "de-identified notes", []string{"health"}, "ipfs://x")
		r = sendTx(t, seq, alice, &datanet.Address, nil, call)
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) == 0 {
			t.Fatalf("createDatanet: status %d, %d logs", r.Status, len(r.Logs))
		}
		if r.L1Fee == nil || r.L1Fee.Sign() <= 0 || r.L1BaseFeeScalar == nil || r.L1GasPrice == nil {
			t.Fatalf("receipt lacks L1 fee fields: %+v", r)
		}
		lastTxBlock = r.BlockNumber.Uint64()
		waitVerifierSafe(t, d, lastTxBlock, 2*time.Minute)
		requireSameChain(t, d, lastTxBlock)
		out, err := ver.CallContract(context.Background(), ethereum.CallMsg{To: &datanet.Address, Data: registry.PackDatanetCount()}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := registry.UnpackDatanetCount(out); err != nil || n.Sign() == 0 {
			t.Fatalf("verifier's datanetCount = %v, %v", n, err)
		}
		if d.DA.Stopped() {
			t.Fatal("DA server stopped")
		}
	})

	t.Run("eigenda_v2_certificates_checked_on_l1", func(t *testing.T) {
		raw, err := os.ReadFile(filepath.Join(dir, devnet.EigenDAContractsFile))
		if err != nil {
			t.Fatal(err)
		}
		var dep deploy.Deployment
		if err := json.Unmarshal(raw, &dep); err != nil {
			t.Fatal(err)
		}
		resp, err := http.Post(d.DAEndpoint()+"/put", "application/octet-stream", strings.NewReader("a frame checked on L1"))
		if err != nil {
			t.Fatal(err)
		}
		comm, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(comm, []byte{1, 0, 3}) {
			t.Fatalf("put: %d %x", resp.StatusCode, comm[:min(len(comm), 8)])
		}
		c, err := certs.DecodeCommitment(comm)
		if err != nil {
			t.Fatal(err)
		}
		if err := verifier.New(l1, dep.Router).Check(context.Background(), c); err != nil {
			t.Fatalf("the devnet's certificate through the L1 router: %v", err)
		}
	})

	t.Run("verifier_forwards_transactions_to_the_sequencer", func(t *testing.T) {
		to := common.HexToAddress("0x000000000000000000000000000000000000f0a0")
		r := sendTx(t, ver, alice, &to, big.NewInt(7), nil) // receipt once the verifier derived the block
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("forwarded transfer failed")
		}
		if got, err := seq.BalanceAt(context.Background(), to, r.BlockNumber); err != nil || got.Int64() != 7 {
			t.Fatalf("sequencer balance %v, %v", got, err)
		}
	})

	t.Run("healthz_and_metrics", func(t *testing.T) {
		srv, err := devnet.StartStatusServer(d, "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer srv.Stop(context.Background())
		resp, err := http.Get("http://" + srv.Addr() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		var st devnet.Status
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || !st.Healthy || st.Heads["verifier_safe"] < lastTxBlock {
			t.Fatalf("/healthz: %d %+v %v", resp.StatusCode, st, err)
		}
		resp, err = http.Get("http://" + srv.Addr() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !bytes.Contains(body, []byte(`ledger_devnet_head{head="sequencer_unsafe"}`)) || !bytes.Contains(body, []byte(`ledger_devnet_component_up{component="batcher"} 1`)) {
			t.Fatalf("/metrics lacks the devnet gauges:\n%s", body)
		}
	})

	t.Run("fee_predeploys_match_op_geth", func(t *testing.T) {
		checkFeePredeploys(t, d, seq, l1)
	})

	t.Run("forced_inclusion_deposit", func(t *testing.T) {
		recipient := common.HexToAddress("0x00000000000000000000000000000000000d3905")
		portal := d.Spec.Deploy.DepositPortalAddress
		portalABI := artifacts.MustABI("DepositPortal")
		value := big.NewInt(3 * params.Ether)
		data, err := portalABI.Pack("depositTransaction", recipient, value, uint64(100_000), false, []byte{})
		if err != nil {
			t.Fatal(err)
		}
		bobAddr := crypto.PubkeyToAddress(bob.PublicKey)
		// Deposits must not mint OPEN: the portal refuses L1 value.
		if _, err := l1.EstimateGas(context.Background(), ethereum.CallMsg{From: bobAddr, To: &portal, Value: big.NewInt(1), Data: data}); err == nil {
			t.Fatal("the deposit portal accepted L1 value")
		}
		// The per-block deposit gas cap holds.
		tooMuch, _ := portalABI.Pack("depositTransaction", recipient, value, d.Spec.Deploy.MaxDepositGasPerBlock+1, false, []byte{})
		if _, err := l1.EstimateGas(context.Background(), ethereum.CallMsg{From: bobAddr, To: &portal, Data: tooMuch}); err == nil {
			t.Fatal("the deposit portal accepted more gas than the per-block cap")
		}
		before, err := seq.BalanceAt(context.Background(), bobAddr, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := sendTx(t, l1, bob, &portal, nil, data)
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
			t.Fatalf("L1 deposit: status %d, %d logs", r.Status, len(r.Logs))
		}
		for name, c := range map[string]*ethclient.Client{"sequencer": seq, "verifier": ver} {
			waitUntil(t, 2*time.Minute, name+" to execute the deposit", func() (bool, error) {
				bal, err := c.BalanceAt(context.Background(), recipient, nil)
				return err == nil && bal.Cmp(value) == 0, err
			})
		}
		after, _ := seq.BalanceAt(context.Background(), bobAddr, nil)
		if new(big.Int).Sub(before, after).Cmp(value) != 0 {
			t.Fatalf("sender's L2 balance moved by %s, want %s (deposits pay no fee and mint nothing)", new(big.Int).Sub(before, after), value)
		}
		head := sequencerHead(d)
		waitVerifierSafe(t, d, head, 2*time.Minute)
		requireSameChain(t, d, head)
	})

	t.Run("system_config_updates_reach_l2", func(t *testing.T) {
		sysCfg := d.Spec.Deploy.SystemConfigAddress
		sysABI := artifacts.MustABI("SystemConfig")
		setScalars, _ := sysABI.Pack("setGasConfigEcotone", uint32(2024), uint32(700_000))
		setGasLimit, _ := sysABI.Pack("setGasLimit", uint64(70_000_000))
		// Only the owner may change the config.
		if _, err := l1.EstimateGas(context.Background(), ethereum.CallMsg{From: crypto.PubkeyToAddress(bob.PublicKey), To: &sysCfg, Data: setScalars}); err == nil {
			t.Fatal("a non-owner changed the system config")
		}
		owner := genesis.DevKey(chainspec.SystemConfigOwnerKeyIndex)
		for _, data := range [][]byte{setScalars, setGasLimit} {
			if r := sendTx(t, l1, owner, &sysCfg, nil, data); r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
				t.Fatalf("system config update: status %d, %d logs", r.Status, len(r.Logs))
			}
		}
		l1BlockABI := artifacts.MustABI(predeploys.L1BlockContract)
		scalarCall, _ := l1BlockABI.Pack("baseFeeScalar")
		for name, c := range map[string]*ethclient.Client{"sequencer": seq, "verifier": ver} {
			waitUntil(t, 2*time.Minute, name+" to apply the new scalars and gas limit", func() (bool, error) {
				out, err := c.CallContract(context.Background(), ethereum.CallMsg{To: &predeploys.L1BlockAddr, Data: scalarCall}, nil)
				if err != nil {
					return false, err
				}
				head, err := c.HeaderByNumber(context.Background(), nil)
				if err != nil {
					return false, err
				}
				return new(big.Int).SetBytes(out).Uint64() == 2024 && head.GasLimit == 70_000_000, nil
			})
		}
		head := sequencerHead(d)
		waitVerifierSafe(t, d, head, 2*time.Minute)
		requireSameChain(t, d, head)
	})

	t.Run("finalized_follows_l1_finality", func(t *testing.T) {
		waitUntil(t, 2*time.Minute, "L2 finalized head to pass the transactions' block", func() (bool, error) {
			return d.SeqNode.SyncStatus().FinalizedL2.Number >= lastTxBlock && d.VerNode.SyncStatus().FinalizedL2.Number >= lastTxBlock, nil
		})
		st := d.VerNode.SyncStatus()
		l1Fin := d.L1.Backend().BlockChain().CurrentFinalBlock()
		if st.FinalizedL2.L1Origin.Number > l1Fin.Number.Uint64() {
			t.Fatalf("L2 finalized block has L1 origin %d beyond L1's finalized %d", st.FinalizedL2.L1Origin.Number, l1Fin.Number)
		}
		fin, err := ver.HeaderByNumber(context.Background(), big.NewInt(-3)) // "finalized" tag
		if err != nil || fin.Number.Uint64() < lastTxBlock {
			t.Fatalf("verifier's finalized tag: %v, %v", fin, err)
		}
	})

	t.Run("batcher_restart_mid_channel", func(t *testing.T) {
		for i := 0; i < 3; i++ {
			sendTx(t, seq, alice, &datanet.Address, nil, registry.PackCreateDatanet("restart", "", nil, ""))
		}
		target := sequencerHead(d)
		ctx := context.Background()
		if err := d.StopBatcher(ctx); err != nil {
			t.Fatal(err)
		}
		sendTx(t, seq, alice, &datanet.Address, nil, registry.PackCreateDatanet("while-down", "", nil, ""))
		if err := d.StartBatcher(ctx); err != nil {
			t.Fatal(err)
		}
		target = max(target, sequencerHead(d))
		waitVerifierSafe(t, d, target, 2*time.Minute)
		requireSameChain(t, d, target)
	})

	t.Run("da_server_down_then_restarted_on_file_store", func(t *testing.T) {
		ctx := context.Background()
		if err := d.StopDA(ctx); err != nil {
			t.Fatal(err)
		}
		if st := d.Status(); st.Healthy {
			t.Fatalf("status with the DA server down: %+v", st)
		}
		down := sequencerHead(d)
		r := sendTx(t, seq, alice, &datanet.Address, nil, registry.PackCreateDatanet("da-down", "", nil, ""))
		// The sequencer keeps building while the batcher retries.
		waitUntil(t, time.Minute, "sequencer to build 5 blocks while DA is down", func() (bool, error) {
			return sequencerHead(d) >= down+5, nil
		})
		if safe := verifierSafe(d); safe >= r.BlockNumber.Uint64() {
			t.Fatalf("verifier marked block %d safe while its data could not be on DA (safe %d)", r.BlockNumber, safe)
		}
		if err := d.StartDA(ctx); err != nil {
			t.Fatal(err)
		}
		target := sequencerHead(d)
		waitVerifierSafe(t, d, target, 2*time.Minute)
		requireSameChain(t, d, target)
	})

	t.Run("verifier_restart_resumes", func(t *testing.T) {
		ctx := context.Background()
		if err := d.StopVerifier(ctx); err != nil {
			t.Fatal(err)
		}
		sendTx(t, seq, alice, &datanet.Address, nil, registry.PackCreateDatanet("verifier-down", "", nil, ""))
		if err := d.StartVerifier(ctx); err != nil {
			t.Fatal(err)
		}
		ver = dial(t, d.VerGeth.HTTPEndpoint())
		target := sequencerHead(d)
		waitVerifierSafe(t, d, target, 2*time.Minute)
		requireSameChain(t, d, target)
	})

	t.Run("verifier_rederives_from_scratch", func(t *testing.T) {
		ctx := context.Background()
		if err := d.StopVerifier(ctx); err != nil {
			t.Fatal(err)
		}
		if err := os.RemoveAll(filepath.Join(d.Dir(), "verifier")); err != nil {
			t.Fatal(err)
		}
		target := verifierTargetAfterStop(d)
		start := time.Now()
		if err := d.StartVerifier(ctx); err != nil {
			t.Fatal(err)
		}
		waitVerifierSafe(t, d, target, 3*time.Minute)
		took := time.Since(start)
		t.Logf("verifier re-derived %d L2 blocks from L1 + EigenDA in %s: %.1f blocks/s", target, took.Round(time.Millisecond), float64(target)/took.Seconds())
		requireSameChain(t, d, target)
	})

	t.Run("ethers_against_sequencer", func(t *testing.T) {
		runEthers(t, d)
	})

	t.Run("second_run_resumes_the_chain", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		head := sequencerHead(d)
		hash := d.SeqGeth.Backend().BlockChain().GetHeaderByNumber(head).Hash()
		if err := d.Stop(ctx); err != nil {
			t.Fatalf("stop: %v", err)
		}
		d2 := devnettest.Start(t, devnettest.Options{Dir: dir})
		if d2.NewChain() {
			t.Fatal("the second run created a new chain")
		}
		if got := d2.SeqGeth.Backend().BlockChain().GetHeaderByNumber(head); got == nil || got.Hash() != hash {
			t.Fatalf("block %d after restart: %v, want %s", head, got, hash)
		}
		waitUntil(t, time.Minute, "the resumed sequencer to extend the chain", func() (bool, error) {
			return sequencerHead(d2) > head+2, nil
		})
		target := sequencerHead(d2)
		waitVerifierSafe(t, d2, target, 2*time.Minute)
		requireSameChain(t, d2, target)
	})
}

// verifierTargetAfterStop is the highest L2 block the batcher has already
// posted (the sequencer's safe head), which a fresh verifier must reach.
func verifierTargetAfterStop(d *devnet.Devnet) uint64 { return d.SeqNode.SyncStatus().SafeL2.Number }

// checkFeePredeploys compares L1Block and GasPriceOracle with op-geth: the
// L1 attributes L1Block stores, and the GPO's L1 fee of a transaction with
// the Fjord formula over op-geth's own FastLZ length.
func checkFeePredeploys(t *testing.T, d *devnet.Devnet, seq, l1 *ethclient.Client) {
	ctx := context.Background()
	l1BlockABI, gpoABI := artifacts.MustABI(predeploys.L1BlockContract), artifacts.MustABI(predeploys.GasPriceOracleContract)
	call := func(addr common.Address, a abi.ABI, method string, args ...any) []any {
		data, err := a.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		out, err := seq.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		vals, err := a.Unpack(method, out)
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		return vals
	}
	number := call(predeploys.L1BlockAddr, l1BlockABI, "number")[0].(uint64)
	hash := common.Hash(call(predeploys.L1BlockAddr, l1BlockABI, "hash")[0].([32]byte))
	basefee := call(predeploys.L1BlockAddr, l1BlockABI, "basefee")[0].(*big.Int)
	l1Header, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		t.Fatal(err)
	}
	if l1Header.Hash() != hash || l1Header.BaseFee.Cmp(basefee) != 0 {
		t.Fatalf("L1Block holds origin %d %s basefee %s; L1 has %s basefee %s", number, hash, basefee, l1Header.Hash(), l1Header.BaseFee)
	}
	if s := call(predeploys.L1BlockAddr, l1BlockABI, "baseFeeScalar")[0].(uint32); s != d.Spec.Deploy.BaseFeeScalar {
		t.Fatalf("L1Block baseFeeScalar %d, want %d", s, d.Spec.Deploy.BaseFeeScalar)
	}
	for _, flag := range []string{"isEcotone", "isFjord", "isIsthmus", "isJovian"} {
		if !call(predeploys.GasPriceOracleAddr, gpoABI, flag)[0].(bool) {
			t.Fatalf("GasPriceOracle %s is false", flag)
		}
	}
	for _, input := range [][]byte{
		nil, bytes.Repeat([]byte{0}, 200), []byte("hello openledger, hello openledger, hello openledger!"),
		crypto.Keccak256(crypto.Keccak256([]byte("x")), crypto.Keccak256([]byte("y"))),
		append(bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, 90), crypto.Keccak256([]byte("tail"))...),
	} {
		got := call(predeploys.GasPriceOracleAddr, gpoABI, "flzCompressLength", input)[0].(*big.Int)
		if want := types.FlzCompressLen(input); got.Uint64() != uint64(want) {
			t.Fatalf("flzCompressLength(%x) = %s, op-geth says %d", input, got, want)
		}
	}
	unsigned, err := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(int64(d.Spec.Deploy.L2ChainID)), Nonce: 7, Gas: 50_000,
		To: &datanet.Address, Data: bindings.NewIDatanetRegistry().PackCreateDatanet("fee", "probe", nil, "")}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fee := call(predeploys.GasPriceOracleAddr, gpoABI, "getL1Fee", unsigned)[0].(*big.Int)
	blobBaseFee := call(predeploys.L1BlockAddr, l1BlockABI, "blobBaseFee")[0].(*big.Int)
	scaled := new(big.Int).Mul(big.NewInt(16*int64(d.Spec.Deploy.BaseFeeScalar)), basefee)
	scaled.Add(scaled, new(big.Int).Mul(big.NewInt(int64(d.Spec.Deploy.BlobBaseFeeScalar)), blobBaseFee))
	size := max(int64(100e6), -42_585_600+836_500*int64(types.FlzCompressLen(unsigned)+68))
	want := new(big.Int).Div(new(big.Int).Mul(big.NewInt(size), scaled), big.NewInt(1e12))
	if fee.Cmp(want) != 0 {
		t.Fatalf("GasPriceOracle.getL1Fee = %s, Fjord formula gives %s", fee, want)
	}
}

// runEthers runs testdata/ethers_check.js (ethers v6 from contracts/node_modules)
// against the sequencer and checks what it reports.
func runEthers(t *testing.T, d *devnet.Devnet) {
	script, err := filepath.Abs(filepath.Join("testdata", "ethers_check.js"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key := genesis.DevKey(2)
	cmd, err := toolchain.NodeCommand(ctx, script, d.SeqGeth.HTTPEndpoint(), devnet.DevKeyHex(2), datanet.Address.Hex())
	if err != nil {
		t.Fatal(err) // node_modules missing: run `make tools`
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ethers script: %v\n%s", err, stderr.String())
	}
	var res struct {
		ChainID      string `json:"chainId"`
		Address      string `json:"address"`
		Balance      string `json:"balance"`
		DatanetCount string `json:"datanetCount"`
		Status       int    `json:"status"`
		L1Fee        string `json:"l1Fee"`
		L1GasPrice   string `json:"l1GasPrice"`
		L1GasUsed    string `json:"l1GasUsed"`
		Block        string `json:"blockNumber"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("ethers output %q: %v", out, err)
	}
	if res.ChainID != new(big.Int).SetUint64(d.Spec.Deploy.L2ChainID).String() {
		t.Fatalf("ethers chain id %s, want %d", res.ChainID, d.Spec.Deploy.L2ChainID)
	}
	if common.HexToAddress(res.Address) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("ethers derived %s from the dev key", res.Address)
	}
	bal, ok := new(big.Int).SetString(res.Balance, 10)
	if !ok || bal.Sign() <= 0 {
		t.Fatalf("ethers balance %q", res.Balance)
	}
	if n, ok := new(big.Int).SetString(res.DatanetCount, 10); !ok || n.Sign() <= 0 {
		t.Fatalf("ethers datanetCount %q", res.DatanetCount)
	}
	if res.Status != 1 {
		t.Fatalf("ethers transaction status %d", res.Status)
	}
	for name, v := range map[string]string{"l1Fee": res.L1Fee, "l1GasPrice": res.L1GasPrice, "l1GasUsed": res.L1GasUsed} {
		if n, ok := new(big.Int).SetString(v, 0); !ok || n.Sign() <= 0 {
			t.Fatalf("receipt %s = %q", name, v)
		}
	}
}
