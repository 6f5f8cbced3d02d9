#! entry = "sign"
#! args = "int"
# if/elif/else structure into nested wasm blocks.
def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    else:
        return 1
# ==== expected
# f0: fn sign(x: int) -> int
#   b0:  ; line 4
#     v1: int = const 0
#     v2: bool = lt x, v1
#     v3: bool = truth v2
#     branch v3, b1, b2
#   b1:  ; line 5
#     v4: int = const -1
#     return v4
#   b2:  ; line 7
#     v5: int = const 0
#     v6: bool = eq x, v5
#     v7: bool = truth v6
#     branch v7, b3, b4
#   b3:  ; line 7
#     v8: int = const 0
#     return v8
#   b4:  ; line 10
#     v9: int = const 1
#     return v9
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
#   (func $sign (;0;) (type 0) (param i64) (result i64)
#     (local i64 i32 i32 i64 i64 i32 i32 i64 i64)
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
#     local.get 1
#     i64.lt_s
#     local.set 2
#     local.get 2
#     local.set 3
#     local.get 3
#     if ;; label = @1
#       i64.const -1
#       local.set 4
#       local.get 4
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#     else
#       i64.const 0
#       local.set 5
#       local.get 0
#       local.get 5
#       i64.eq
#       local.set 6
#       local.get 6
#       local.set 7
#       local.get 7
#       if ;; label = @2
#         i64.const 0
#         local.set 8
#         local.get 8
#         global.get 2
#         i32.const 1
#         i32.sub
#         global.set 2
#         return
#       else
#         i64.const 1
#         local.set 9
#         local.get 9
#         global.get 2
#         i32.const 1
#         i32.sub
#         global.set 2
#         return
#       end
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
#     call $sign
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
