#! entry = "sh"
#! args = "int, int"
# Shifts: negative counts bail (ValueError), left shifts check for overflow.
def sh(a, n):
    return (a << n) + (a >> n)
# ==== expected
# f0: fn sh(a: int, n: int) -> int
#   b0:  ; line 4
#     v2: int = shl a, n
#     v3: int = shr a, n
#     v4: int = add v2, v3
#     return v4
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
#   (func $sh (;0;) (type 0) (param i64 i64) (result i64)
#     (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
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
#     local.set 5
#     local.get 1
#     local.set 6
#     local.get 6
#     i64.const 0
#     i64.lt_s
#     if ;; label = @1
#       i32.const 21
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 6
#     i64.const 63
#     i64.gt_s
#     local.get 5
#     i64.const 0
#     i64.ne
#     i32.and
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 5
#     local.get 6
#     i64.shl
#     local.tee 7
#     local.get 6
#     i64.shr_s
#     local.get 5
#     i64.ne
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 7
#     local.set 2
#     local.get 0
#     local.set 8
#     local.get 1
#     local.set 9
#     local.get 9
#     i64.const 0
#     i64.lt_s
#     if ;; label = @1
#       i32.const 21
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 8
#     i64.const 63
#     local.get 9
#     local.get 9
#     i64.const 63
#     i64.gt_s
#     select
#     i64.shr_s
#     local.set 3
#     local.get 2
#     local.set 10
#     local.get 3
#     local.set 11
#     local.get 10
#     local.get 11
#     i64.add
#     local.set 12
#     local.get 10
#     local.get 12
#     i64.xor
#     local.get 11
#     local.get 12
#     i64.xor
#     i64.and
#     i64.const 0
#     i64.lt_s
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 12
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
#     local.get 1
#     call $sh
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
