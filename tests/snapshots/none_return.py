#! entry = "find"
#! args = "int, int"
# Returning None on one path and an int on another gives a tagged result.
def find(n, k):
    for i in range(n):
        if i * i == k:
            return i
    return None
# ==== expected
# f0: fn find(n: int, k: int) -> int|None
#   b0:  ; line 4
#     v3, v4, v5 = range(n)
#     jump b1
#   b1:  ; line 5
#     for s1.b2 in v3..v4 by v5 (v3), b2, b5
#   b2:  ; line 5
#     i: int = copy s1.b2
#     v8: int = mul i, i
#     v9: bool = eq v8, k
#     v10: bool = truth v9
#     branch v10, b4, b3
#   b3:  ; line 6
#     jump b1
#   b4:  ; line 7
#     return i
#   b5:  ; line 5
#     v11: None = const None
#     return v11
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i64 i64) (result i32 i64)))
#   (type (;2;) (func (param i64 i64) (result i64 i32)))
#   (type (;3;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $find (;1;) (type 1) (param i64 i64) (result i32 i64)
#     (local i64 i64 i64 i64 i64 i64 i32 i32 i64 i64 i64 i64 i32 i32 i64 i32 i64)
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
#       i64.const 0
#       return
#     end
#     local.get 0
#     local.set 10
#     i64.const 0
#     local.set 3
#     local.get 10
#     local.set 4
#     i64.const 1
#     local.set 5
#     loop ;; label = @1
#       global.get 4
#       i32.const 1
#       i32.sub
#       global.set 4
#       global.get 4
#       i32.eqz
#       if ;; label = @2
#         i32.const 65536
#         global.set 4
#         call $poll
#         if ;; label = @3
#           i32.const 25
#           global.set 0
#           i32.const 0
#           i64.const 0
#           return
#         end
#       end
#       local.get 3
#       local.get 4
#       i64.lt_s
#       local.get 3
#       local.get 4
#       i64.gt_s
#       local.get 5
#       i64.const 0
#       i64.gt_s
#       select
#       if ;; label = @2
#         local.get 3
#         local.set 6
#         local.get 3
#         local.get 5
#         i64.add
#         local.set 11
#         local.get 11
#         local.get 4
#         local.get 3
#         local.get 11
#         i64.xor
#         local.get 5
#         local.get 11
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.ge_s
#         select
#         local.set 3
#         local.get 6
#         local.set 2
#         local.get 2
#         local.set 12
#         local.get 2
#         local.set 13
#         local.get 12
#         local.get 13
#         call $mul_checked
#         local.set 14
#         local.get 14
#         if ;; label = @3
#           i32.const 16
#           global.set 0
#           i32.const 0
#           i64.const 0
#           return
#         end
#         local.set 7
#         local.get 7
#         local.get 1
#         i64.eq
#         local.set 8
#         local.get 8
#         local.set 9
#         local.get 9
#         if ;; label = @3
#           local.get 2
#           local.set 16
#           i32.const 1
#           local.set 15
#           local.get 15
#           local.get 16
#           global.get 2
#           i32.const 1
#           i32.sub
#           global.set 2
#           return
#         else
#           br 2 (;@1;)
#         end
#       else
#         i64.const 0
#         local.set 18
#         i32.const 3
#         local.set 17
#         local.get 17
#         local.get 18
#         global.get 2
#         i32.const 1
#         i32.sub
#         global.set 2
#         return
#       end
#     end
#     unreachable
#   )
#   (func $mul_checked (;2;) (type 2) (param i64 i64) (result i64 i32)
#     (local i64)
#     local.get 0
#     i64.const 2147483648
#     i64.add
#     i64.const 4294967296
#     i64.lt_u
#     local.get 1
#     i64.const 2147483648
#     i64.add
#     i64.const 4294967296
#     i64.lt_u
#     i32.and
#     if ;; label = @1
#       local.get 0
#       local.get 1
#       i64.mul
#       i32.const 0
#       return
#     end
#     local.get 0
#     local.get 1
#     i64.mul
#     local.set 2
#     local.get 1
#     i64.eqz
#     if ;; label = @1
#       local.get 2
#       i32.const 0
#       return
#     end
#     local.get 1
#     i64.const -1
#     i64.eq
#     if ;; label = @1
#       local.get 2
#       local.get 0
#       i64.const -9223372036854775808
#       i64.eq
#       return
#     end
#     local.get 2
#     local.get 2
#     local.get 1
#     i64.div_s
#     local.get 0
#     i64.ne
#   )
#   (func $entry (;3;) (type 3) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $find
#     local.set 10
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;4;) (type 0) (result i32)
#     global.get 1
#   )
# )
