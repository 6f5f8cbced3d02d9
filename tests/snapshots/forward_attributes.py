#! entry = "bounce"
#! args = "object, float"
#! object_calls = "on"
# Loads whose value is known are compiled away (`forward`): `p.x` read once, then kept in
# the variable `p.x` through the store and the tests after it (`copy p.x`); `p.v` known
# on both paths into the last block. A store with such reads after it is
# `setattr.quiet` (the host bails rather than release an object with a `__del__`); the
# last store, with nothing read after it, is not.
def bounce(p, dt):
    p.x += p.v * dt
    if p.x < 0.0 or p.x > 10.0:
        p.v = -p.v
    p.v -= 9.81 * dt
    return p.x
# ==== expected
# f0: fn bounce(p: object, dt: float) -> object
#   b0:  ; line 9
#     v2: int|float = getattr.num p, .x
#     p.x: int|float = copy v2
#     v3: int|float = getattr.num p, .v
#     p.v: int|float = copy v3
#     v4: float = mul v3, dt
#     v5: float = add v2, v4
#     v6: None = setattr.quiet p, v5, .x
#     p.x: int|float = copy v5
#     v7: int|float = copy p.x
#     v8: float = const 0.0
#     v9: bool = lt v7, v8
#     v10: bool = truth v9
#     branch v10, b3, b1
#   b1:  ; line 11
#     v11: int|float = copy p.x
#     v12: float = const 10.0
#     v13: bool = gt v11, v12
#     v14: bool = truth v13
#     branch v14, b2, b4
#   b2:  ; line 11
#     jump b3
#   b3:  ; line 12
#     v21: int|float = copy p.v
#     v22: int|float = neg v21
#     v23: None = setattr.quiet p, v22, .v
#     p.v: int|float = copy v22
#     jump b4
#   b4:  ; line 13
#     v15: int|float = copy p.v
#     v16: float = const 9.81
#     v17: float = mul v16, dt
#     v18: float = sub v15, v17
#     v19: None = setattr p, v18, .v
#     p.v: int|float = copy v18
#     v20: object = getattr p, .x
#     return v20
#
# (module $pave-jit
#   (type (;0;) (func (param i32)))
#   (type (;1;) (func (param i32 i32) (result i32)))
#   (type (;2;) (func (result i32)))
#   (type (;3;) (func (param i32 i32) (result i64)))
#   (type (;4;) (func (param i32 i32 i64 i32)))
#   (type (;5;) (func (param i32 i32 i32)))
#   (type (;6;) (func (param i32 i32 i32 i64 i32) (result i32)))
#   (type (;7;) (func (result i64)))
#   (type (;8;) (func (param i32 f64) (result i32)))
#   (type (;9;) (func (param i64 f64) (result i32)))
#   (type (;10;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "obj_drop" (func $obj_drop (;0;) (type 0)))
#   (import "pave" "obj_getattr" (func $obj_getattr (;1;) (type 1)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;2;) (type 2)))
#   (import "pave" "obj_getattr_num" (func $obj_getattr_num (;3;) (type 3)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;4;) (type 4)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;5;) (type 5)))
#   (import "pave" "obj_setattr" (func $obj_setattr (;6;) (type 6)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;7;) (type 7)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $bounce (;8;) (type 8) (param i32 f64) (result i32)
#     (local i32 i64 i32 i64 f64 f64 i32 i64 f64 i32 i32 i32 i64 f64 i32 i32 i32 i64 f64 f64 f64 i32 i32 i64 i32 i64 i32 i64 i32 i64 i32 i32 i32 i32 i32 i32 i64 i64 i32 i64 i64 i32 f64 f64 f64 f64 f64 f64 f64 f64 i32 i64 i32 f64 f64 f64 f64 f64 f64 i32 i32 i32 i32)
#     i32.const 1
#     local.set 34
#     i32.const 2
#     local.set 35
#     i32.const 1
#     local.set 32
#     i32.const 1
#     local.set 33
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
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 36
#     block ;; label = @1
#       block ;; label = @2
#         block ;; label = @3
#           local.get 0
#           i32.const 0
#           call $obj_getattr_num
#           local.tee 38
#           local.set 39
#           i32.const 2
#           local.set 40
#           local.get 38
#           i64.const 48
#           i64.shr_u
#           i64.const 65529
#           i64.ge_u
#           if ;; label = @4
#             local.get 38
#             i64.const 48
#             i64.shr_u
#             i64.const 65529
#             i64.eq
#             if ;; label = @5
#               i32.const 1
#               local.set 40
#               local.get 38
#               i64.const 16
#               i64.shl
#               i64.const 16
#               i64.shr_s
#               local.set 39
#             else
#               local.get 38
#               i64.const -281474976710656
#               i64.eq
#               if ;; label = @6
#                 call $obj_unbox_tag
#                 local.set 40
#                 call $obj_unbox_payload
#                 local.set 39
#               else
#                 i32.const -1
#                 local.set 40
#               end
#             end
#           end
#           local.get 40
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 3
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 40
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 18
#             global.set 0
#             i32.const 3
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 40
#           local.set 2
#           local.get 39
#           local.set 3
#           local.get 2
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 3
#             local.set 29
#             i32.const 1
#             local.set 28
#           else
#             local.get 3
#             f64.reinterpret_i64
#             i64.reinterpret_f64
#             local.set 29
#             i32.const 2
#             local.set 28
#           end
#           local.get 0
#           i32.const 1
#           call $obj_getattr_num
#           local.tee 41
#           local.set 42
#           i32.const 2
#           local.set 43
#           local.get 41
#           i64.const 48
#           i64.shr_u
#           i64.const 65529
#           i64.ge_u
#           if ;; label = @4
#             local.get 41
#             i64.const 48
#             i64.shr_u
#             i64.const 65529
#             i64.eq
#             if ;; label = @5
#               i32.const 1
#               local.set 43
#               local.get 41
#               i64.const 16
#               i64.shl
#               i64.const 16
#               i64.shr_s
#               local.set 42
#             else
#               local.get 41
#               i64.const -281474976710656
#               i64.eq
#               if ;; label = @6
#                 call $obj_unbox_tag
#                 local.set 43
#                 call $obj_unbox_payload
#                 local.set 42
#               else
#                 i32.const -1
#                 local.set 43
#               end
#             end
#           end
#           local.get 43
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 5
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 43
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 18
#             global.set 0
#             i32.const 5
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 43
#           local.set 4
#           local.get 42
#           local.set 5
#           local.get 4
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 5
#             local.set 31
#             i32.const 1
#             local.set 30
#           else
#             local.get 5
#             f64.reinterpret_i64
#             i64.reinterpret_f64
#             local.set 31
#             i32.const 2
#             local.set 30
#           end
#           local.get 4
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 5
#             f64.convert_i64_s
#             local.set 44
#             local.get 1
#             local.set 45
#             local.get 44
#             local.get 45
#             f64.mul
#             local.set 6
#           else
#             local.get 5
#             f64.reinterpret_i64
#             local.set 46
#             local.get 1
#             local.set 47
#             local.get 46
#             local.get 47
#             f64.mul
#             local.set 6
#           end
#           local.get 2
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 3
#             f64.convert_i64_s
#             local.set 48
#             local.get 6
#             local.set 49
#             local.get 48
#             local.get 49
#             f64.add
#             local.set 7
#           else
#             local.get 3
#             f64.reinterpret_i64
#             local.set 50
#             local.get 6
#             local.set 51
#             local.get 50
#             local.get 51
#             f64.add
#             local.set 7
#           end
#           local.get 0
#           i32.const 1073741824
#           i32.const 2
#           local.get 7
#           i64.reinterpret_f64
#           i32.const 0
#           call $obj_setattr
#           local.tee 52
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 30
#             global.set 0
#             i32.const 10
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 52
#           i32.const 0
#           i32.lt_s
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 10
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 7
#           i64.reinterpret_f64
#           local.set 29
#           i32.const 2
#           local.set 28
#           local.get 28
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 29
#             local.set 9
#             i32.const 1
#             local.set 8
#           else
#             local.get 29
#             f64.reinterpret_i64
#             i64.reinterpret_f64
#             local.set 9
#             i32.const 2
#             local.set 8
#           end
#           f64.const 0x0p+0 (;=0;)
#           local.set 10
#           local.get 8
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 9
#             local.get 10
#             call $cmp_int_float
#             i32.const -1
#             i32.eq
#             local.set 11
#           else
#             local.get 9
#             f64.reinterpret_i64
#             local.get 10
#             f64.lt
#             local.set 11
#           end
#           local.get 11
#           local.set 12
#           local.get 12
#           if ;; label = @4
#             br 1 (;@3;)
#           else
#             local.get 28
#             i32.const 1
#             i32.eq
#             if ;; label = @5
#               local.get 29
#               local.set 14
#               i32.const 1
#               local.set 13
#             else
#               local.get 29
#               f64.reinterpret_i64
#               i64.reinterpret_f64
#               local.set 14
#               i32.const 2
#               local.set 13
#             end
#             f64.const 0x1.4p+3 (;=10;)
#             local.set 15
#             local.get 13
#             i32.const 1
#             i32.eq
#             if ;; label = @5
#               local.get 14
#               local.get 15
#               call $cmp_int_float
#               i32.const 1
#               i32.eq
#               local.set 16
#             else
#               local.get 14
#               f64.reinterpret_i64
#               local.get 15
#               f64.gt
#               local.set 16
#             end
#             local.get 16
#             local.set 17
#             local.get 17
#             if ;; label = @5
#               br 2 (;@3;)
#             else
#               br 3 (;@2;)
#             end
#           end
#         end
#         local.get 30
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 31
#           local.set 25
#           i32.const 1
#           local.set 24
#         else
#           local.get 31
#           f64.reinterpret_i64
#           i64.reinterpret_f64
#           local.set 25
#           i32.const 2
#           local.set 24
#         end
#         local.get 24
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 25
#           local.tee 53
#           i64.const -9223372036854775808
#           i64.eq
#           if ;; label = @4
#             i32.const 16
#             global.set 0
#             i32.const 37
#             local.set 37
#             br 3 (;@1;)
#           end
#           i64.const 0
#           local.get 53
#           i64.sub
#           local.set 27
#           i32.const 1
#           local.set 26
#         else
#           local.get 25
#           f64.reinterpret_i64
#           f64.neg
#           i64.reinterpret_f64
#           local.set 27
#           i32.const 2
#           local.set 26
#         end
#         local.get 0
#         i32.const 1073741825
#         local.get 26
#         local.get 27
#         i32.const 0
#         call $obj_setattr
#         local.tee 54
#         i32.const -2
#         i32.eq
#         if ;; label = @3
#           i32.const 30
#           global.set 0
#           i32.const 39
#           local.set 37
#           br 2 (;@1;)
#         end
#         local.get 54
#         i32.const 0
#         i32.lt_s
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           i32.const 39
#           local.set 37
#           br 2 (;@1;)
#         end
#         local.get 26
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 27
#           local.set 31
#           i32.const 1
#           local.set 30
#         else
#           local.get 27
#           f64.reinterpret_i64
#           i64.reinterpret_f64
#           local.set 31
#           i32.const 2
#           local.set 30
#         end
#         br 0 (;@2;)
#       end
#       local.get 30
#       i32.const 1
#       i32.eq
#       if ;; label = @2
#         local.get 31
#         local.set 19
#         i32.const 1
#         local.set 18
#       else
#         local.get 31
#         f64.reinterpret_i64
#         i64.reinterpret_f64
#         local.set 19
#         i32.const 2
#         local.set 18
#       end
#       f64.const 0x1.39eb851eb851fp+3 (;=9.81;)
#       local.set 20
#       local.get 20
#       local.set 55
#       local.get 1
#       local.set 56
#       local.get 55
#       local.get 56
#       f64.mul
#       local.set 21
#       local.get 18
#       i32.const 1
#       i32.eq
#       if ;; label = @2
#         local.get 19
#         f64.convert_i64_s
#         local.set 57
#         local.get 21
#         local.set 58
#         local.get 57
#         local.get 58
#         f64.sub
#         local.set 22
#       else
#         local.get 19
#         f64.reinterpret_i64
#         local.set 59
#         local.get 21
#         local.set 60
#         local.get 59
#         local.get 60
#         f64.sub
#         local.set 22
#       end
#       local.get 0
#       i32.const 1
#       i32.const 2
#       local.get 22
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_setattr
#       i32.const 0
#       i32.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 31
#         local.set 37
#         br 1 (;@1;)
#       end
#       local.get 22
#       i64.reinterpret_f64
#       local.set 31
#       i32.const 2
#       local.set 30
#       local.get 0
#       i32.const 0
#       call $obj_getattr
#       local.tee 61
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 33
#         local.set 37
#         br 1 (;@1;)
#       end
#       local.get 61
#       local.set 62
#       local.get 23
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 23
#         call $obj_drop
#       end
#       local.get 62
#       local.set 23
#       local.get 23
#       local.set 64
#       local.get 63
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 63
#         call $obj_drop
#       end
#       local.get 64
#       local.set 63
#       i32.const 0
#       local.set 23
#       local.get 63
#       i32.const 0
#       local.set 63
#       local.get 23
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 23
#         call $obj_drop
#       end
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       return
#     end
#     local.get 32
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 34
#       i32.const 0
#       local.get 34
#       i32.const 48
#       i32.gt_u
#       local.get 36
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 33
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 35
#       i32.const 0
#       local.get 35
#       i32.const 48
#       i32.gt_u
#       local.get 36
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 5
#     i32.eq
#     if ;; label = @1
#       i32.const 2
#       local.get 2
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 10
#     i32.eq
#     if ;; label = @1
#       i32.const 5
#       i32.const 2
#       local.get 7
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 31
#     i32.eq
#     if ;; label = @1
#       i32.const 18
#       i32.const 2
#       local.get 22
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 37
#     i32.eq
#     if ;; label = @1
#       i32.const 21
#       local.get 24
#       local.get 25
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 39
#     i32.eq
#     if ;; label = @1
#       i32.const 22
#       local.get 26
#       local.get 27
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $cmp_int_float (;9;) (type 9) (param i64 f64) (result i32)
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
#   (func $entry (;10;) (type 10) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32 i32 i32 i32 i32 i32 i32)
#     global.get 0
#     local.set 12
#     global.get 2
#     local.set 13
#     global.get 3
#     local.set 14
#     global.get 4
#     local.set 15
#     global.get 5
#     local.set 16
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
#     local.get 1
#     f64.reinterpret_i64
#     call $bounce
#     i64.extend_i32_u
#     local.set 10
#     i32.const 4
#     local.set 11
#     local.get 0
#     i32.wrap_i64
#     local.tee 17
#     i32.const 4
#     i32.gt_u
#     if ;; label = @1
#       local.get 17
#       call $obj_drop
#     end
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 12
#     global.set 0
#     local.get 13
#     global.set 2
#     local.get 14
#     global.set 3
#     local.get 15
#     global.set 4
#     local.get 16
#     global.set 5
#     local.get 10
#   )
#   (func $status (;11;) (type 2) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "x\0av")
# )
