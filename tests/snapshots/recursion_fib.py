#! entry = "fib"
#! args = "int"
# Recursion compiles to a direct call inside the module, with the recursion budget check.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
# ==== expected
# f0: fn fib(n: int) -> int
#   b0:  ; line 4
#     v1: int = const 2
#     v2: bool = lt n, v1
#     v3: bool = truth v2
#     branch v3, b1, b2
#   b1:  ; line 5
#     return n
#   b2:  ; line 7
#     v4: int = const 1
#     v5: int = sub n, v4
#     v6: int = call f0(v5)
#     v7: int = const 2
#     v8: int = sub n, v7
#     v9: int = call f0(v8)
#     v10: int = add v6, v9
#     return v10
# guard fib is Function(FunctionId(1))
#
# (module $pave-jit
#   (type (;0;) (func (param i64) (result i64)))
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
#   (func $fib (;0;) (type 0) (param i64) (result i64)
#     (local i64 i32 i32 i64 i64 i64 i64 i64 i64 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64 i64)
#     i32.const 1
#     local.set 11
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
#     i64.const 2
#     local.set 1
#     local.get 0
#     local.get 1
#     i64.lt_s
#     local.set 2
#     local.get 2
#     local.set 3
#     local.get 3
#     if ;; label = @1
#       local.get 11
#       global.set 5
#       local.get 0
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#     else
#       i64.const 1
#       local.set 4
#       local.get 0
#       local.set 12
#       local.get 4
#       local.set 13
#       local.get 12
#       local.get 13
#       i64.sub
#       local.set 14
#       local.get 12
#       local.get 13
#       i64.xor
#       local.get 12
#       local.get 14
#       i64.xor
#       i64.and
#       i64.const 0
#       i64.lt_s
#       if ;; label = @2
#         i32.const 16
#         global.set 0
#         i64.const 0
#         return
#       end
#       local.get 14
#       local.set 5
#       local.get 5
#       call $fib
#       global.get 0
#       if ;; label = @2
#         i64.const 0
#         return
#       end
#       local.set 6
#       i64.const 2
#       local.set 7
#       local.get 0
#       local.set 15
#       local.get 7
#       local.set 16
#       local.get 15
#       local.get 16
#       i64.sub
#       local.set 17
#       local.get 15
#       local.get 16
#       i64.xor
#       local.get 15
#       local.get 17
#       i64.xor
#       i64.and
#       i64.const 0
#       i64.lt_s
#       if ;; label = @2
#         i32.const 16
#         global.set 0
#         i64.const 0
#         return
#       end
#       local.get 17
#       local.set 8
#       local.get 8
#       call $fib
#       global.get 0
#       if ;; label = @2
#         i64.const 0
#         return
#       end
#       local.set 9
#       local.get 6
#       local.set 18
#       local.get 9
#       local.set 19
#       local.get 18
#       local.get 19
#       i64.add
#       local.set 20
#       local.get 18
#       local.get 20
#       i64.xor
#       local.get 19
#       local.get 20
#       i64.xor
#       i64.and
#       i64.const 0
#       i64.lt_s
#       if ;; label = @2
#         i32.const 16
#         global.set 0
#         i64.const 0
#         return
#       end
#       local.get 20
#       local.set 10
#       i32.const 0
#       global.set 5
#       local.get 10
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#     end
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
#     call $fib
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
