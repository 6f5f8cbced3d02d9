#! entry = "maybe"
#! args = "bool"
# A local that may be unassigned is read through a checked flag.
def maybe(flag):
    if flag:
        y = 1
    return y
# ==== expected
# f0: fn maybe(flag: bool) -> int
#   b0:  ; line 4
#     v2: bool = truth flag
#     v3: bool = truth v2
#     branch v3, b1, b2
#   b1:  ; line 5
#     y: int = const 1
#     jump b2
#   b2:  ; line 7
#     checkbound y
#     return y
#
# (module $pave-jit
#   (type (;0;) (func (param i32) (result i64)))
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
#   (func $maybe (;0;) (type 0) (param i32) (result i64)
#     (local i64 i32 i32 i32)
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
#     block ;; label = @1
#       local.get 0
#       local.set 2
#       local.get 2
#       local.set 3
#       local.get 3
#       if ;; label = @2
#         i64.const 1
#         local.set 1
#         i32.const 1
#         local.set 4
#         br 1 (;@1;)
#       else
#         br 1 (;@1;)
#       end
#     end
#     local.get 4
#     i32.eqz
#     if ;; label = @1
#       i32.const 23
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 1
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
#     i32.wrap_i64
#     call $maybe
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
