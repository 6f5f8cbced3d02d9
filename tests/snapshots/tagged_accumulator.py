#! entry = "harmonic"
#! args = "int"
# total starts as an int and becomes a float: a tagged variable.
def harmonic(n):
    total = 0
    for k in range(1, n + 1):
        total += 1 / k
    return total
# ==== expected
# f0: fn harmonic(n: int) -> int|float
#   b0:  ; line 4
#     total: int|float = const 0
#     v4: int = const 1
#     v5: int = const 1
#     v6: int = add n, v5
#     v7, v8, v9 = range(v4, v6)
#     jump b1
#   b1:  ; line 6
#     for s1.b2 in v7..v8 by v9 (v7), b2, b3
#   b2:  ; line 6
#     k: int = copy s1.b2
#     v12: int = const 1
#     v13: float = truediv v12, k
#     total: int|float = add total, v13
#     jump b1
#   b3:  ; line 6
#     return total
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i64 i64) (result f64)))
#   (type (;2;) (func (param i64) (result i32 i64)))
#   (type (;3;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "int_truediv" (func $int_truediv (;1;) (type 1)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $harmonic (;2;) (type 2) (param i64) (result i32 i64)
#     (local i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 f64 i64 i64 i64 i64 i64 i64 i64 i64 f64 f64 f64 f64 f64)
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
#     i64.const 0
#     local.set 2
#     i32.const 1
#     local.set 1
#     i64.const 1
#     local.set 4
#     i64.const 1
#     local.set 5
#     local.get 0
#     local.set 13
#     local.get 5
#     local.set 14
#     local.get 13
#     local.get 14
#     i64.add
#     local.set 15
#     local.get 13
#     local.get 15
#     i64.xor
#     local.get 14
#     local.get 15
#     i64.xor
#     i64.and
#     i64.const 0
#     i64.lt_s
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i32.const 0
#       i64.const 0
#       return
#     end
#     local.get 15
#     local.set 6
#     local.get 4
#     local.set 16
#     local.get 6
#     local.set 17
#     local.get 16
#     local.set 7
#     local.get 17
#     local.set 8
#     i64.const 1
#     local.set 9
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
#       local.get 7
#       local.get 8
#       i64.lt_s
#       local.get 7
#       local.get 8
#       i64.gt_s
#       local.get 9
#       i64.const 0
#       i64.gt_s
#       select
#       if ;; label = @2
#         local.get 7
#         local.set 10
#         local.get 7
#         local.get 9
#         i64.add
#         local.set 18
#         local.get 18
#         local.get 8
#         local.get 7
#         local.get 18
#         i64.xor
#         local.get 9
#         local.get 18
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.ge_s
#         select
#         local.set 7
#         local.get 10
#         local.set 3
#         i64.const 1
#         local.set 11
#         local.get 11
#         local.set 19
#         local.get 3
#         local.set 20
#         local.get 20
#         i64.eqz
#         if ;; label = @3
#           i32.const 17
#           global.set 0
#           i32.const 0
#           i64.const 0
#           return
#         end
#         local.get 19
#         i64.const 9007199254740992
#         i64.add
#         i64.const 18014398509481984
#         i64.le_u
#         local.get 20
#         i64.const 9007199254740992
#         i64.add
#         i64.const 18014398509481984
#         i64.le_u
#         i32.and
#         if (result f64) ;; label = @3
#           f64.const 0x0p+0 (;=0;)
#           local.get 19
#           f64.convert_i64_s
#           local.get 20
#           f64.convert_i64_s
#           f64.div
#           local.get 19
#           i64.eqz
#           select
#         else
#           local.get 19
#           local.get 20
#           call $int_truediv
#         end
#         local.tee 21
#         i64.reinterpret_f64
#         i64.const 9221365074855136173
#         i64.eq
#         if ;; label = @3
#           i32.const 16
#           global.set 0
#           i32.const 0
#           i64.const 0
#           return
#         end
#         local.get 21
#         local.set 12
#         local.get 1
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 2
#           f64.convert_i64_s
#           local.set 22
#           local.get 12
#           local.set 23
#           local.get 22
#           local.get 23
#           f64.add
#           i64.reinterpret_f64
#           local.set 2
#           i32.const 2
#           local.set 1
#         else
#           local.get 2
#           f64.reinterpret_i64
#           local.set 24
#           local.get 12
#           local.set 25
#           local.get 24
#           local.get 25
#           f64.add
#           i64.reinterpret_f64
#           local.set 2
#           i32.const 2
#           local.set 1
#         end
#         br 1 (;@1;)
#       else
#         local.get 1
#         local.get 2
#         global.get 2
#         i32.const 1
#         i32.sub
#         global.set 2
#         return
#       end
#     end
#     unreachable
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
#     call $harmonic
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
