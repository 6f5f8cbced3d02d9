#! entry = "b"
#! args = "bool, bool"
# bool & bool stays a bool.
def b(x, y):
    return (x & y) | (x ^ y)
# ==== expected
# f0: fn b(x: bool, y: bool) -> bool
#   b0:  ; line 4
#     v2: bool = and x, y
#     v3: bool = xor x, y
#     v4: bool = or v2, v3
#     return v4
#
# (module $pave-jit
#   (type (;0;) (func (param i32 i32) (result i32)))
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
#   (func $b (;0;) (type 0) (param i32 i32) (result i32)
#     (local i32 i32 i32)
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
#       i32.const 0
#       return
#     end
#     local.get 0
#     local.get 1
#     i32.and
#     local.set 2
#     local.get 0
#     local.get 1
#     i32.xor
#     local.set 3
#     local.get 2
#     local.get 3
#     i32.or
#     local.set 4
#     local.get 4
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
#     i32.wrap_i64
#     local.get 1
#     i32.wrap_i64
#     call $b
#     i64.extend_i32_u
#     local.set 10
#     i32.const 0
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
