#! entry = "lt"
#! args = "int, float"
# int < float compares exactly through a helper (2**53 + 1 > 2.0**53).
def lt(a, b):
    return a < b
# ==== expected
# f0: fn lt(a: int, b: float) -> bool
#   b0:  ; line 4
#     v2: bool = lt a, b
#     return v2
#
# (module $pave-jit
#   (type (;0;) (func (param i64 f64) (result i32)))
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
#   (func $lt (;0;) (type 0) (param i64 f64) (result i32)
#     (local i32)
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
#       return
#     end
#     local.get 0
#     local.get 1
#     call $cmp_int_float
#     i32.const -1
#     i32.eq
#     local.set 2
#     local.get 2
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $cmp_int_float (;1;) (type 0) (param i64 f64) (result i32)
#     (local f64 i64)
#     local.get 1
#     local.get 1
#     f64.ne
#     if ;; label = @1
#       i32.const 2
#       return
#     end
#     local.get 1
#     f64.const 0x1p+63 (;=9223372036854776000;)
#     f64.ge
#     if ;; label = @1
#       i32.const -1
#       return
#     end
#     local.get 1
#     f64.const -0x1p+63 (;=-9223372036854776000;)
#     f64.lt
#     if ;; label = @1
#       i32.const 1
#       return
#     end
#     local.get 1
#     f64.trunc
#     local.tee 2
#     i64.trunc_f64_s
#     local.set 3
#     local.get 0
#     local.get 3
#     i64.lt_s
#     if ;; label = @1
#       i32.const -1
#       return
#     end
#     local.get 0
#     local.get 3
#     i64.gt_s
#     if ;; label = @1
#       i32.const 1
#       return
#     end
#     local.get 1
#     local.get 2
#     f64.sub
#     f64.const 0x0p+0 (;=0;)
#     f64.gt
#     if ;; label = @1
#       i32.const -1
#       return
#     end
#     local.get 1
#     local.get 2
#     f64.sub
#     f64.const 0x0p+0 (;=0;)
#     f64.lt
#     if ;; label = @1
#       i32.const 1
#       return
#     end
#     i32.const 0
#   )
#   (func $entry (;2;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $lt
#     i64.extend_i32_u
#     local.set 10
#     i32.const 0
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;3;) (type 2) (result i32)
#     global.get 1
#   )
# )
