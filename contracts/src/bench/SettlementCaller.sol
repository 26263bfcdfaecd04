// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ISettlement} from "../ISettlement.sol";

/// @title SettlementCaller
/// @notice A contract that uses the settlement precompile at 0x…0A03 the way a dApp would:
/// it escrows OPEN for itself, reads its escrow, and forwards a settle call (which reverts
/// with NotSettler unless the contract is a settler). The precompile's end-to-end test goes
/// through it.
contract SettlementCaller {
    ISettlement private constant SETTLEMENT = ISettlement(0x0000000000000000000000000000000000000a03);

    /// Escrows msg.value for this contract and returns the new escrow.
    function depositFor() external payable returns (uint256) {
        SETTLEMENT.deposit{value: msg.value}();
        return SETTLEMENT.escrowOf(address(this));
    }

    /// The escrow of this contract, read through a static call.
    function myEscrow() external view returns (uint256) {
        return SETTLEMENT.escrowOf(address(this));
    }

    /// Forwards settle with this contract as the caller.
    function forwardSettle(
        ISettlement.Receipt[] calldata receipts,
        ISettlement.Voucher[] calldata vouchers,
        bytes[] calldata signatures
    ) external returns (uint256) {
        return SETTLEMENT.settle(receipts, vouchers, signatures);
    }
}
