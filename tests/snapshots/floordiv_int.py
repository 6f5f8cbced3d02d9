#! entry = "fdiv"
#! args = "int, int"
# int // int rounds toward minus infinity; zero divisor and MIN // -1 bail out.
def fdiv(a, b):
    return a // b
# ==== expected
# f0: fn fdiv(a: int, b: int) -> int
#   b0:  ; line 4
#     v2: int = floordiv a, b
#     return v2
#
# (module $pave-jit
#   (type (;0;) (func (param i64 i64) (result i64)))
#   (type (;1;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;2;) (func (result i32)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $fdiv (;0;) (type 0) (param i64 i64) (result i64)
#     (local i64 i64 i64)
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 0
#     local.set 3
#     local.get 1
#     local.set 4
#     local.get 4
#     i64.eqz
#     if ;; label = @1
#       i32.const 17
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 3
#     i64.const -9223372036854775808
#     i64.eq
#     local.get 4
#     i64.const -1
#     i64.eq
#     i32.and
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 3
#     local.get 4
#     i64.div_s
#     local.get 3
#     local.get 4
#     i64.rem_s
#     i64.const 0
#     i64.ne
#     local.get 3
#     local.get 4
#     i64.xor
#     i64.const 0
#     i64.lt_s
#     i32.and
#     i64.extend_i32_u
#     i64.sub
#     local.set 2
#     local.get 2
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $entry (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32)
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     local.get 1
#     call $fdiv
#     local.set 10
#     i32.const 1
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;2;) (type 2) (result i32)
#     global.get 1
#   )
# )
