#! entry = "first_even"
#! args = "int"
# break and continue inside a loop.
def first_even(n):
    found = -1
    for i in range(1, n):
        if i % 3 == 0:
            continue
        if i % 2 == 0:
            found = i
            break
    return found
# ==== expected
# f0: fn first_even(n: int) -> int
#   b0:  ; line 4
#     found: int = const -1
#     v4: int = const 1
#     v5, v6, v7 = range(v4, n)
#     jump b1
#   b1:  ; line 6
#     for s1.b2 in v5..v6 by v7 (v5), b2, b7
#   b2:  ; line 6
#     i: int = copy s1.b2
#     v10: int = const 3
#     v11: int = mod i, v10
#     v12: int = const 0
#     v13: bool = eq v11, v12
#     v14: bool = truth v13
#     branch v14, b3, b4
#   b3:  ; line 7
#     jump b1
#   b4:  ; line 9
#     v15: int = const 2
#     v16: int = mod i, v15
#     v17: int = const 0
#     v18: bool = eq v16, v17
#     v19: bool = truth v18
#     branch v19, b6, b5
#   b5:  ; line 9
#     jump b1
#   b6:  ; line 10
#     found: int = copy i
#     return found
#   b7:  ; line 6
#     return found
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i64) (result i64)))
#   (type (;2;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
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
#   (func $first_even (;1;) (type 1) (param i64) (result i64)
#     (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i32 i32 i64 i64 i64 i32 i32 i64 i64 i64 i64 i64 i64 i64 i64 i64)
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
#     i64.const -1
#     local.set 1
#     i64.const 1
#     local.set 3
#     local.get 3
#     local.set 18
#     local.get 0
#     local.set 19
#     local.get 18
#     local.set 4
#     local.get 19
#     local.set 5
#     i64.const 1
#     local.set 6
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
#           i64.const 0
#           return
#         end
#       end
#       local.get 4
#       local.get 5
#       i64.lt_s
#       local.get 4
#       local.get 5
#       i64.gt_s
#       local.get 6
#       i64.const 0
#       i64.gt_s
#       select
#       if ;; label = @2
#         local.get 4
#         local.set 7
#         local.get 4
#         local.get 6
#         i64.add
#         local.set 20
#         local.get 20
#         local.get 5
#         local.get 4
#         local.get 20
#         i64.xor
#         local.get 6
#         local.get 20
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.ge_s
#         select
#         local.set 4
#         local.get 7
#         local.set 2
#         i64.const 3
#         local.set 8
#         local.get 2
#         local.set 21
#         local.get 8
#         local.set 22
#         local.get 22
#         i64.eqz
#         if ;; label = @3
#           i32.const 17
#           global.set 0
#           i64.const 0
#           return
#         end
#         local.get 21
#         local.get 22
#         i64.rem_s
#         local.tee 23
#         local.get 22
#         i64.const 0
#         local.get 23
#         i64.const 0
#         i64.ne
#         local.get 23
#         local.get 22
#         i64.xor
#         i64.const 0
#         i64.lt_s
#         i32.and
#         select
#         i64.add
#         local.set 9
#         i64.const 0
#         local.set 10
#         local.get 9
#         local.get 10
#         i64.eq
#         local.set 11
#         local.get 11
#         local.set 12
#         local.get 12
#         if ;; label = @3
#           br 2 (;@1;)
#         else
#           i64.const 2
#           local.set 13
#           local.get 2
#           local.set 24
#           local.get 13
#           local.set 25
#           local.get 25
#           i64.eqz
#           if ;; label = @4
#             i32.const 17
#             global.set 0
#             i64.const 0
#             return
#           end
#           local.get 24
#           local.get 25
#           i64.rem_s
#           local.tee 26
#           local.get 25
#           i64.const 0
#           local.get 26
#           i64.const 0
#           i64.ne
#           local.get 26
#           local.get 25
#           i64.xor
#           i64.const 0
#           i64.lt_s
#           i32.and
#           select
#           i64.add
#           local.set 14
#           i64.const 0
#           local.set 15
#           local.get 14
#           local.get 15
#           i64.eq
#           local.set 16
#           local.get 16
#           local.set 17
#           local.get 17
#           if ;; label = @4
#             local.get 2
#             local.set 1
#             local.get 1
#             global.get 2
#             i32.const 1
#             i32.sub
#             global.set 2
#             return
#           else
#             br 3 (;@1;)
#           end
#         end
#       else
#         local.get 1
#         global.get 2
#         i32.const 1
#         i32.sub
#         global.set 2
#         return
#       end
#     end
#     unreachable
#   )
#   (func $entry (;2;) (type 2) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $first_even
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
#   (func $status (;3;) (type 0) (result i32)
#     global.get 1
#   )
# )
