#! entry = "bigger"
#! args = "int, int"
# A result that may be an argument unchanged: `max` picks one, and the function's origin
# local says which (1 = a, 2 = b), so the host hands back that very object.
def bigger(a, b):
    return max(a, b)
# ==== expected
# f0: fn bigger(a: int, b: int) -> int
#   b0:  ; line 5
#     v2: int = max(a, b)
#     return v2
# guard max is Builtin(Max)
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
#   (func $bigger (;0;) (type 0) (param i64 i64) (result i64)
#     (local i64 i32 i32 i32 i64 i32 i32 i64 i32 i64 i32 i64 i32 i64)
#     i32.const 1
#     local.set 3
#     i32.const 2
#     local.set 4
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
#     local.set 6
#     local.get 1
#     local.get 6
#     i64.gt_s
#     local.set 7
#     local.get 7
#     if ;; label = @1
#       local.get 1
#       local.set 6
#     end
#     local.get 6
#     local.set 2
#     i32.const 0
#     local.set 5
#     i32.const 1
#     local.get 2
#     local.set 9
#     local.set 8
#     i32.const 1
#     local.get 1
#     local.set 11
#     local.set 10
#     local.get 8
#     local.get 10
#     i32.eq
#     local.get 9
#     local.get 11
#     i64.eq
#     i32.and
#     if ;; label = @1
#       local.get 4
#       local.set 5
#     end
#     i32.const 1
#     local.get 2
#     local.set 13
#     local.set 12
#     i32.const 1
#     local.get 0
#     local.set 15
#     local.set 14
#     local.get 12
#     local.get 14
#     i32.eq
#     local.get 13
#     local.get 15
#     i64.eq
#     i32.and
#     if ;; label = @1
#       local.get 3
#       local.set 5
#     end
#     local.get 5
#     global.set 5
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
#     call $bigger
#     local.set 10
#     i32.const 1
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 5
#     i32.const 8
#     i32.shl
#     i32.or
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;2;) (type 2) (result i32)
#     global.get 1
#   )
# )
