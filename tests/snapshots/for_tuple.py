#! entry = "spread"
#! args = "int, float"
# A loop over a tuple the function builds is a counted loop over its positions that
# picks each item (`for d in (v…) at cur of n`): no tuple object, no iterator. The item
# holds the kinds of all the items (an int constant, the float `x`, the int `n`); the
# items are copies, so the loop sees `n` as it was when the tuple was built.
def spread(n, x):
    t = 0.0
    for d in (-1, x, n):
        n = n + 1
        t = t * 0.5 + d
    return t + n
# ==== expected
# f0: fn spread(n: int, x: float) -> float
#   b0:  ; line 7
#     t: float = const 0.0
#     v5: int = const -1
#     v6: int = copy v5
#     v7: float = copy x
#     v8: int = copy n
#     v9: int = const 0
#     v10: int = const 3
#     v11: int = const 1
#     jump b1
#   b1:  ; line 9
#     for s1.b2 in (v6, v7, v8) at v9 of v10, b2, b3
#   b2:  ; line 9
#     d: int|float = copy s1.b2
#     v14: int = const 1
#     n: int = add n, v14
#     v16: float = const 0.5
#     v17: float = mul t, v16
#     t: float = add v17, d
#     jump b1
#   b3:  ; line 9
#     v19: float = add t, n
#     return v19
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i64 f64) (result f64)))
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
#   (func $spread (;1;) (type 1) (param i64 f64) (result f64)
#     (local f64 i32 i64 i64 i64 f64 i64 i64 i64 i64 i32 i64 i64 f64 f64 f64 i64 i64 i64 f64 f64 f64 f64 f64 f64 f64 f64)
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
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     f64.const 0x0p+0 (;=0;)
#     local.set 2
#     i64.const -1
#     local.set 5
#     local.get 5
#     local.set 6
#     local.get 1
#     local.set 7
#     local.get 0
#     local.set 8
#     i64.const 0
#     local.set 9
#     i64.const 3
#     local.set 10
#     i64.const 1
#     local.set 11
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
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#       end
#       local.get 9
#       local.get 10
#       i64.lt_s
#       local.get 9
#       local.get 10
#       i64.gt_s
#       local.get 11
#       i64.const 0
#       i64.gt_s
#       select
#       if ;; label = @2
#         local.get 9
#         i64.const 0
#         i64.eq
#         if ;; label = @3
#           local.get 6
#           local.set 13
#           i32.const 1
#           local.set 12
#         else
#           local.get 9
#           i64.const 1
#           i64.eq
#           if ;; label = @4
#             local.get 7
#             i64.reinterpret_f64
#             local.set 13
#             i32.const 2
#             local.set 12
#           else
#             local.get 8
#             local.set 13
#             i32.const 1
#             local.set 12
#           end
#         end
#         local.get 9
#         i64.const 1
#         i64.add
#         local.set 9
#         local.get 12
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 13
#           local.set 4
#           i32.const 1
#           local.set 3
#         else
#           local.get 13
#           f64.reinterpret_i64
#           i64.reinterpret_f64
#           local.set 4
#           i32.const 2
#           local.set 3
#         end
#         i64.const 1
#         local.set 14
#         local.get 0
#         local.set 18
#         local.get 14
#         local.set 19
#         local.get 18
#         local.get 19
#         i64.add
#         local.set 20
#         local.get 18
#         local.get 20
#         i64.xor
#         local.get 19
#         local.get 20
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.lt_s
#         if ;; label = @3
#           i32.const 16
#           global.set 0
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#         local.get 20
#         local.set 0
#         f64.const 0x1p-1 (;=0.5;)
#         local.set 15
#         local.get 2
#         local.set 21
#         local.get 15
#         local.set 22
#         local.get 21
#         local.get 22
#         f64.mul
#         local.set 16
#         local.get 3
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 16
#           local.set 23
#           local.get 4
#           f64.convert_i64_s
#           local.set 24
#           local.get 23
#           local.get 24
#           f64.add
#           local.set 2
#         else
#           local.get 16
#           local.set 25
#           local.get 4
#           f64.reinterpret_i64
#           local.set 26
#           local.get 25
#           local.get 26
#           f64.add
#           local.set 2
#         end
#         br 1 (;@1;)
#       else
#         local.get 2
#         local.set 27
#         local.get 0
#         f64.convert_i64_s
#         local.set 28
#         local.get 27
#         local.get 28
#         f64.add
#         local.set 17
#         local.get 17
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
#     local.get 1
#     f64.reinterpret_i64
#     call $spread
#     i64.reinterpret_f64
#     local.set 10
#     i32.const 2
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
