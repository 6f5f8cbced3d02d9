#! entry = "gcd"
#! args = "int, int"
# a, b = b, a % b keeps no tuple at run time.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
# ==== expected
# f0: fn gcd(a: int, b: int) -> int
#   b0:  ; line 4
#     jump b1
#   b1:  ; line 5
#     v2: bool = truth b
#     v3: bool = truth v2
#     branch v3, b2, b3
#   b2:  ; line 5
#     v4: int = mod a, b
#     v5: int = copy b
#     b: int = copy v4
#     a: int = copy v5
#     jump b1
#   b3:  ; line 7
#     return a
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i64 i64) (result i64)))
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
#   (func $gcd (;1;) (type 1) (param i64 i64) (result i64)
#     (local i32 i32 i64 i64 i32 i32 i32 i64 i64 i64)
#     i32.const 1
#     local.set 6
#     i32.const 2
#     local.set 7
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
#       local.get 1
#       i64.const 0
#       i64.ne
#       local.set 2
#       local.get 2
#       local.set 3
#       local.get 3
#       if ;; label = @2
#         local.get 0
#         local.set 9
#         local.get 1
#         local.set 10
#         local.get 10
#         i64.eqz
#         if ;; label = @3
#           i32.const 17
#           global.set 0
#           i64.const 0
#           return
#         end
#         local.get 9
#         local.get 10
#         i64.rem_s
#         local.tee 11
#         local.get 10
#         i64.const 0
#         local.get 11
#         i64.const 0
#         i64.ne
#         local.get 11
#         local.get 10
#         i64.xor
#         i64.const 0
#         i64.lt_s
#         i32.and
#         select
#         i64.add
#         local.set 4
#         local.get 1
#         local.set 5
#         local.get 7
#         local.set 8
#         local.get 4
#         local.set 1
#         i32.const 0
#         local.set 7
#         local.get 5
#         local.set 0
#         local.get 8
#         local.set 6
#         br 1 (;@1;)
#       else
#         local.get 6
#         global.set 5
#         local.get 0
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
#     call $gcd
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
#   (func $status (;3;) (type 0) (result i32)
#     global.get 1
#   )
# )
