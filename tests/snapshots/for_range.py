#! entry = "total"
#! args = "int"
# for i in range(n): no iterator object, just a counter.
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s
# ==== expected
# f0: fn total(n: int) -> int
#   b0:  ; line 4
#     s: int = const 0
#     v4, v5, v6 = range(n)
#     jump b1
#   b1:  ; line 6
#     for s1.b2 in v4..v5 by v6 (v4), b2, b3
#   b2:  ; line 6
#     i: int = copy s1.b2
#     s: int = add s, i
#     jump b1
#   b3:  ; line 6
#     return s
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
#   (func $total (;1;) (type 1) (param i64) (result i64)
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
#     i64.const 0
#     local.set 1
#     local.get 0
#     local.set 7
#     i64.const 0
#     local.set 3
#     local.get 7
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
#         local.set 8
#         local.get 8
#         local.get 4
#         local.get 3
#         local.get 8
#         i64.xor
#         local.get 5
#         local.get 8
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.ge_s
#         select
#         local.set 3
#         local.get 6
#         local.set 2
#         local.get 1
#         local.set 9
#         local.get 2
#         local.set 10
#         local.get 9
#         local.get 10
#         i64.add
#         local.set 11
#         local.get 9
#         local.get 11
#         i64.xor
#         local.get 10
#         local.get 11
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.lt_s
#         if ;; label = @3
#           i32.const 16
#           global.set 0
#           i64.const 0
#           return
#         end
#         local.get 11
#         local.set 1
#         br 1 (;@1;)
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
#     call $total
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
