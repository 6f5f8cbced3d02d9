#! entry = "sq"
#! args = "int"
# x ** 2 on ints: a checked power helper.
def sq(x):
    return x ** 2
# ==== expected
# f0: fn sq(x: int) -> int
#   b0:  ; line 4
#     v1: int = const 2
#     v2: int = pow x, v1
#     return v2
#
# (module $pave-jit
#   (type (;0;) (func (param i64) (result i64)))
#   (type (;1;) (func (param i64 i64) (result i64 i32)))
#   (type (;2;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;3;) (func (result i32)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $sq (;0;) (type 0) (param i64) (result i64)
#     (local i64 i64 i64 i64 i32)
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
#     local.set 3
#     local.get 1
#     local.set 4
#     local.get 4
#     i64.const 0
#     i64.lt_s
#     if ;; label = @1
#       i32.const 24
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.get 3
#     local.get 4
#     call $pow_checked
#     local.set 5
#     local.get 5
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       i64.const 0
#       return
#     end
#     local.set 2
#     local.get 2
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $mul_checked (;1;) (type 1) (param i64 i64) (result i64 i32)
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
#   (func $pow_checked (;2;) (type 1) (param i64 i64) (result i64 i32)
#     (local i64 i32)
#     i64.const 1
#     local.set 2
#     loop ;; label = @1
#       local.get 1
#       i64.eqz
#       if ;; label = @2
#         local.get 2
#         i32.const 0
#         return
#       end
#       local.get 1
#       i64.const 1
#       i64.and
#       i32.wrap_i64
#       if ;; label = @2
#         local.get 2
#         local.get 0
#         call $mul_checked
#         local.set 3
#         local.get 3
#         if ;; label = @3
#           i64.const 0
#           i32.const 1
#           return
#         end
#         local.set 2
#       end
#       local.get 1
#       i64.const 1
#       i64.shr_u
#       local.set 1
#       local.get 1
#       i64.eqz
#       if ;; label = @2
#         local.get 2
#         i32.const 0
#         return
#       end
#       local.get 0
#       local.get 0
#       call $mul_checked
#       local.set 3
#       local.get 3
#       if ;; label = @2
#         i64.const 0
#         i32.const 1
#         return
#       end
#       local.set 0
#       br 0 (;@1;)
#     end
#     unreachable
#   )
#   (func $entry (;3;) (type 2) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $sq
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
#   (func $status (;4;) (type 3) (result i32)
#     global.get 1
#   )
# )
