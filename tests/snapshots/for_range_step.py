#! entry = "down"
#! args = "int"
# range with a negative step counts down; a zero step would bail (ValueError).
def down(n):
    s = 0
    for i in range(n, 0, -2):
        s += i
    return s
# ==== expected
# f0: fn down(n: int) -> int
#   b0:  ; line 4
#     s: int = const 0
#     v4: int = const 0
#     v5: int = const -2
#     v6, v7, v8 = range(n, v4, v5)
#     jump b1
#   b1:  ; line 6
#     for s1.b2 in v6..v7 by v8 (v6), b2, b3
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
#   (func $down (;1;) (type 1) (param i64) (result i64)
#     (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
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
#     i64.const 0
#     local.set 3
#     i64.const -2
#     local.set 4
#     local.get 0
#     local.set 9
#     local.get 3
#     local.set 10
#     local.get 4
#     local.set 11
#     local.get 9
#     local.set 5
#     local.get 10
#     local.set 6
#     local.get 11
#     i64.eqz
#     if ;; label = @1
#       i32.const 21
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 11
#     local.set 7
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
#       local.get 5
#       local.get 6
#       i64.lt_s
#       local.get 5
#       local.get 6
#       i64.gt_s
#       local.get 7
#       i64.const 0
#       i64.gt_s
#       select
#       if ;; label = @2
#         local.get 5
#         local.set 8
#         local.get 5
#         local.get 7
#         i64.add
#         local.set 12
#         local.get 12
#         local.get 6
#         local.get 5
#         local.get 12
#         i64.xor
#         local.get 7
#         local.get 12
#         i64.xor
#         i64.and
#         i64.const 0
#         i64.ge_s
#         select
#         local.set 5
#         local.get 8
#         local.set 2
#         local.get 1
#         local.set 13
#         local.get 2
#         local.set 14
#         local.get 13
#         local.get 14
#         i64.add
#         local.set 15
#         local.get 13
#         local.get 15
#         i64.xor
#         local.get 14
#         local.get 15
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
#         local.get 15
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
#     call $down
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
