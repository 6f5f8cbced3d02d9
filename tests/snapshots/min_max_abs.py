#! entry = "clamp"
#! args = "int, int, int"
# min/max/abs are compiled inline.
def clamp(x, lo, hi):
    return abs(min(max(x, lo), hi))
# ==== expected
# f0: fn clamp(x: int, lo: int, hi: int) -> int
#   b0:  ; line 4
#     v3: int = max(x, lo)
#     v4: int = min(v3, hi)
#     v5: int = abs(v4)
#     return v5
# guard abs is Builtin(Abs)
# guard max is Builtin(Max)
# guard min is Builtin(Min)
#
# (module $pave-jit
#   (type (;0;) (func (param i64 i64 i64) (result i64)))
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
#   (func $clamp (;0;) (type 0) (param i64 i64 i64) (result i64)
#     (local i64 i64 i64 i64 i32 i64 i32 i64)
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
#     local.set 3
#     local.get 3
#     local.set 8
#     local.get 2
#     local.get 8
#     i64.lt_s
#     local.set 9
#     local.get 9
#     if ;; label = @1
#       local.get 2
#       local.set 8
#     end
#     local.get 8
#     local.set 4
#     local.get 4
#     local.tee 10
#     i64.const -9223372036854775808
#     i64.eq
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i64.const 0
#       return
#     end
#     i64.const 0
#     local.get 10
#     i64.sub
#     local.get 10
#     local.get 10
#     i64.const 0
#     i64.lt_s
#     select
#     local.set 5
#     local.get 5
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
#     local.get 2
#     call $clamp
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
