// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title OpenToken
/// @notice OPEN on L1: a fixed-supply ERC-20 that backs the L2's native OPEN one to one. The whole
/// supply (1,000,000,000 OPEN) is created at L1 genesis and held by the OptimismPortal, locked
/// against the L2 genesis allocation. A finalized withdrawal releases L1 OPEN from the portal; a
/// deposit with a mint locks it there again. So, at every moment,
///   portal's L1 OPEN == L2 OPEN in accounts + OPEN burned on L2 + withdrawals not yet finalized
///                       - deposits not yet derived on L2.
/// @dev A minimal ERC-20 (EIP-20 events and return values); nothing can mint or burn after the
/// constructor.
contract OpenToken {
    /// Token name.
    string public constant name = "OpenLedger";
    /// Token symbol.
    string public constant symbol = "OPEN";
    /// Decimals, as on L2.
    uint8 public constant decimals = 18;

    /// Total supply, fixed at construction.
    uint256 public immutable totalSupply;
    /// Balance of each holder.
    mapping(address => uint256) public balanceOf;
    /// Allowance of each spender per owner.
    mapping(address => mapping(address => uint256)) public allowance;

    /// @notice EIP-20 transfer event.
    event Transfer(address indexed from, address indexed to, uint256 value);
    /// @notice EIP-20 approval event.
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// The sender's balance is below the amount.
    error InsufficientBalance(uint256 balance, uint256 needed);
    /// The spender's allowance is below the amount.
    error InsufficientAllowance(uint256 allowance, uint256 needed);
    /// A transfer to the zero address.
    error ZeroRecipient();

    /// @param _holder receives the whole supply (the portal).
    /// @param _supply total supply in wei.
    constructor(address _holder, uint256 _supply) {
        if (_holder == address(0)) revert ZeroRecipient();
        totalSupply = _supply;
        balanceOf[_holder] = _supply;
        emit Transfer(address(0), _holder, _supply);
    }

    /// @notice Moves _value from the caller to _to.
    function transfer(address _to, uint256 _value) external returns (bool) {
        _transfer(msg.sender, _to, _value);
        return true;
    }

    /// @notice Lets _spender move up to _value of the caller's tokens.
    function approve(address _spender, uint256 _value) external returns (bool) {
        allowance[msg.sender][_spender] = _value;
        emit Approval(msg.sender, _spender, _value);
        return true;
    }

    /// @notice Moves _value from _from to _to out of the caller's allowance.
    function transferFrom(address _from, address _to, uint256 _value) external returns (bool) {
        uint256 allowed = allowance[_from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < _value) revert InsufficientAllowance(allowed, _value);
            allowance[_from][msg.sender] = allowed - _value;
        }
        _transfer(_from, _to, _value);
        return true;
    }

    function _transfer(address _from, address _to, uint256 _value) internal {
        if (_to == address(0)) revert ZeroRecipient();
        uint256 balance = balanceOf[_from];
        if (balance < _value) revert InsufficientBalance(balance, _value);
        unchecked {
            balanceOf[_from] = balance - _value;
        }
        balanceOf[_to] += _value;
        emit Transfer(_from, _to, _value);
    }
}
