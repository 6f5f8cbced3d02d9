#! entry = "between"
#! args = "int, int, int"
# a < b <= c evaluates b once and short-circuits.
def between(a, b, c):
    return a < b <= c
# ==== expected
# f0: fn between(a: int, b: int, c: int) -> bool
#   b0:  ; line 4
#     v3: bool = lt a, b
#     v4: bool = truth v3
#     v5: bool = truth v4
#     s0.b2: int = copy b
#     s1.b2: bool = copy v3
#     s0.b1: int = copy b
#     s1.b1: bool = copy v3
#     branch v5, b1, b2
#   b1:  ; line 5
#     v10: bool = le s0.b1, c
#     return v10
#   b2:  ; line 5
#     return s1.b2
#
# (module $pave-jit
#   (type (;0;) (func (param i64 i64 i64) (result i32)))
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
#   (func $between (;0;) (type 0) (param i64 i64 i64) (result i32)
#     (local i32 i32 i32 i64 i32 i64 i32 i32)
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
#     i64.lt_s
#     local.set 3
#     local.get 3
#     local.set 4
#     local.get 4
#     local.set 5
#     local.get 1
#     local.set 6
#     local.get 3
#     local.set 7
#     local.get 1
#     local.set 8
#     local.get 3
#     local.set 9
#     local.get 5
#     if ;; label = @1
#       local.get 8
#       local.get 2
#       i64.le_s
#       local.set 10
#       local.get 10
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#     else
#       local.get 7
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#     end
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
#     local.get 2
#     call $between
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
