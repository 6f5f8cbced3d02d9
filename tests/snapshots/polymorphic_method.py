#! entry = "total"
#! args = "object, float"
#! object_calls = "on"
# `o.hit(x)` where two classes have a method `hit`: `getmethod` finds the method on the
# object's class, `whichmethod` asks which of the two it is (`obj_functionof`), and only
# the call chosen runs: `call f1` or `call f2` straight into compiled code, or for any
# other method the host's `call.method`. `pickmethod` takes the result of the one that
# ran (a float from either method, or an object from the host).
class Sphere:
    def hit(self, x):
        return x * 2.0

class Plane:
    def hit(self, x):
        return x - 1.0

def total(objs, x):
    t = 0.0
    for o in objs:
        t += o.hit(x)
    return t
# ==== expected
# f0: fn total(objs: object, x: float) -> int|float|object
#   b0:  ; line 17
#     t: int|float|object = const 0.0
#     v5: object = iter objs
#     jump b1
#   b1:  ; line 19
#     for s1.b2 in v5, b2, b3
#   b2:  ; line 19
#     o: object = copy s1.b2
#     v8: object = getmethod o, .hit
#     v9: None = whichmethod v8, .hit of fn#2, fn#4
#     v10: float = call f1(o, x)
#     v11: float = call f2(o, x)
#     v12: object = call.method v8, o, x
#     v13: float|object = pickmethod v12, v10, v11
#     t: int|float|object = add t, v13
#     jump b1
#   b3:  ; line 19
#     return t
# f1: fn Sphere.hit(self: object, x: float) -> float
#   b0:  ; line 10
#     v2: float = const 2.0
#     v3: float = mul x, v2
#     return v3
# f2: fn Plane.hit(self: object, x: float) -> float
#   b0:  ; line 14
#     v2: float = const 1.0
#     v3: float = sub x, v2
#     return v3
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i32)))
#   (type (;3;) (func (param i32) (result i64)))
#   (type (;4;) (func (param i32 i32 i64 i32)))
#   (type (;5;) (func (param i32 i32 i32)))
#   (type (;6;) (func (param i32 i32) (result i32)))
#   (type (;7;) (func (param i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i64 i32 i32 i64 i32 i32) (result i32)))
#   (type (;9;) (func (result i64)))
#   (type (;10;) (func (param i32 f64) (result i32 i64)))
#   (type (;11;) (func (param i32 f64) (result f64)))
#   (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_iter" (func $obj_iter (;2;) (type 2)))
#   (import "pave" "obj_next" (func $obj_next (;3;) (type 2)))
#   (import "pave" "obj_unbox" (func $obj_unbox (;4;) (type 3)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;5;) (type 0)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;6;) (type 4)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;7;) (type 5)))
#   (import "pave" "obj_functionof" (func $obj_functionof (;8;) (type 3)))
#   (import "pave" "obj_getmethod" (func $obj_getmethod (;9;) (type 6)))
#   (import "pave" "obj_call" (func $obj_call (;10;) (type 7)))
#   (import "pave" "obj_binary" (func $obj_binary (;11;) (type 8)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;12;) (type 9)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $total (;13;) (type 10) (param i32 f64) (result i32 i64)
#     (local i32 i64 i32 i32 i32 i32 f64 f64 i32 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 f64 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i32 i32 i32 f64 f64 i32 i64 i64 i64 i32 i32 i64 i64 i64 i32 i64 i64 i64 i64 f64 f64 f64 f64 f64 f64 f64 f64 f64 i32 i32 i32 i64 i64 f64 i32)
#     i32.const 1
#     local.set 17
#     i32.const 2
#     local.set 18
#     i32.const 1
#     local.set 13
#     i32.const 1
#     local.set 14
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
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 19
#     block ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       local.set 21
#       local.get 2
#       i32.const 4
#       i32.eq
#       if ;; label = @2
#         local.get 3
#         i64.const 4
#         i64.gt_u
#         if ;; label = @3
#           local.get 3
#           i32.wrap_i64
#           call $obj_drop
#         end
#       end
#       local.get 21
#       i64.reinterpret_f64
#       local.set 3
#       i32.const 2
#       local.set 2
#       i32.const 1
#       local.set 15
#       local.get 0
#       call $obj_iter
#       local.tee 22
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 4
#         local.set 20
#         br 1 (;@1;)
#       end
#       local.get 22
#       local.set 23
#       local.get 5
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 5
#         call $obj_drop
#       end
#       local.get 23
#       local.set 5
#       loop ;; label = @2
#         global.get 4
#         i32.const 1
#         i32.sub
#         global.set 4
#         global.get 4
#         i32.eqz
#         if ;; label = @3
#           i32.const 65536
#           global.set 4
#           call $poll
#           if ;; label = @4
#             i32.const 25
#             global.set 0
#             i32.const 0
#             i64.const 0
#             return
#           end
#         end
#         local.get 5
#         call $obj_next
#         local.tee 25
#         i32.const -1
#         i32.eq
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           i32.const 5
#           local.set 20
#           br 2 (;@1;)
#         end
#         local.get 25
#         local.tee 24
#         if ;; label = @3
#           local.get 24
#           local.set 26
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           local.get 26
#           local.set 6
#         end
#         local.get 24
#         i32.const 0
#         i32.ne
#         if ;; label = @3
#           local.get 6
#           local.set 27
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 27
#           local.set 4
#           i32.const 1
#           local.set 16
#           i32.const 0
#           local.set 6
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 6
#           local.get 4
#           i32.const 269025280
#           call $obj_getmethod
#           local.tee 28
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 8
#             local.set 20
#             br 3 (;@1;)
#           end
#           local.get 28
#           local.set 29
#           local.get 7
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 7
#             call $obj_drop
#           end
#           local.get 29
#           local.set 7
#           local.get 7
#           call $obj_functionof
#           local.set 30
#           i32.const -1
#           local.set 31
#           local.get 30
#           i64.const 2
#           i64.eq
#           if ;; label = @4
#             i32.const 0
#             local.set 31
#           end
#           local.get 30
#           i64.const 4
#           i64.eq
#           if ;; label = @4
#             i32.const 1
#             local.set 31
#           end
#           local.get 31
#           i32.const 0
#           i32.eq
#           if ;; label = @4
#             local.get 4
#             local.get 1
#             call $Sphere.hit
#             global.get 0
#             if ;; label = @5
#               i32.const 10
#               local.set 20
#               br 4 (;@1;)
#             end
#             local.set 8
#           end
#           local.get 31
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 4
#             local.get 1
#             call $Plane.hit
#             global.get 0
#             if ;; label = @5
#               i32.const 10
#               local.set 20
#               br 4 (;@1;)
#             end
#             local.set 9
#           end
#           local.get 31
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             local.get 7
#             i32.const 1
#             i32.const 10
#             i32.const 2
#             i32.const 4
#             local.get 4
#             i64.extend_i32_u
#             i32.const 0
#             i32.const 2
#             local.get 1
#             i64.reinterpret_f64
#             local.get 18
#             i32.const 0
#             local.get 18
#             i32.const 48
#             i32.gt_u
#             local.get 19
#             i32.or
#             select
#             i32.const 3
#             i64.const 0
#             i32.const 0
#             call $obj_call
#             local.tee 32
#             i32.const -1
#             i32.eq
#             if ;; label = @5
#               i32.const 26
#               global.set 0
#               i32.const 10
#               local.set 20
#               br 4 (;@1;)
#             end
#             local.get 32
#             local.set 33
#             local.get 10
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 10
#               call $obj_drop
#             end
#             local.get 33
#             local.set 10
#           end
#           local.get 31
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             local.get 10
#             local.set 34
#             local.get 11
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 12
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 12
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 34
#             i64.extend_i32_u
#             local.set 12
#             i32.const 4
#             local.set 11
#           end
#           local.get 31
#           i32.const 0
#           i32.eq
#           if ;; label = @4
#             local.get 8
#             local.set 35
#             local.get 11
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 12
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 12
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 35
#             i64.reinterpret_f64
#             local.set 12
#             i32.const 2
#             local.set 11
#           end
#           local.get 31
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 9
#             local.set 36
#             local.get 11
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 12
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 12
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 36
#             i64.reinterpret_f64
#             local.set 12
#             i32.const 2
#             local.set 11
#           end
#           i32.const 0
#           local.set 10
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 10
#           local.get 7
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 7
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 7
#           block ;; label = @4
#             block ;; label = @5
#               local.get 2
#               i32.const 1
#               i32.eq
#               if ;; label = @6
#                 local.get 3
#                 local.set 38
#                 i32.const 1
#                 local.set 37
#               else
#                 local.get 2
#                 i32.const 2
#                 i32.eq
#                 if ;; label = @7
#                   local.get 3
#                   f64.reinterpret_i64
#                   i64.reinterpret_f64
#                   local.set 38
#                   i32.const 2
#                   local.set 37
#                 else
#                   local.get 3
#                   i32.wrap_i64
#                   call $obj_unbox
#                   local.tee 39
#                   local.set 40
#                   i32.const 2
#                   local.set 41
#                   local.get 39
#                   i64.const 48
#                   i64.shr_u
#                   i64.const 65529
#                   i64.ge_u
#                   if ;; label = @8
#                     local.get 39
#                     i64.const 48
#                     i64.shr_u
#                     i64.const 65529
#                     i64.eq
#                     if ;; label = @9
#                       i32.const 1
#                       local.set 41
#                       local.get 39
#                       i64.const 16
#                       i64.shl
#                       i64.const 16
#                       i64.shr_s
#                       local.set 40
#                     else
#                       local.get 39
#                       i64.const -281474976710656
#                       i64.eq
#                       if ;; label = @10
#                         call $obj_unbox_tag
#                         local.set 41
#                         call $obj_unbox_payload
#                         local.set 40
#                       else
#                         i32.const -1
#                         local.set 41
#                       end
#                     end
#                   end
#                   local.get 41
#                   i32.const -1
#                   i32.eq
#                   if ;; label = @8
#                     br 3 (;@5;)
#                   end
#                   local.get 41
#                   local.set 37
#                   local.get 40
#                   local.set 38
#                 end
#               end
#               local.get 11
#               i32.const 2
#               i32.eq
#               if ;; label = @6
#                 local.get 12
#                 f64.reinterpret_i64
#                 i64.reinterpret_f64
#                 local.set 43
#                 i32.const 2
#                 local.set 42
#               else
#                 local.get 12
#                 i32.wrap_i64
#                 call $obj_unbox
#                 local.tee 44
#                 local.set 45
#                 i32.const 2
#                 local.set 46
#                 local.get 44
#                 i64.const 48
#                 i64.shr_u
#                 i64.const 65529
#                 i64.ge_u
#                 if ;; label = @7
#                   local.get 44
#                   i64.const 48
#                   i64.shr_u
#                   i64.const 65529
#                   i64.eq
#                   if ;; label = @8
#                     i32.const 1
#                     local.set 46
#                     local.get 44
#                     i64.const 16
#                     i64.shl
#                     i64.const 16
#                     i64.shr_s
#                     local.set 45
#                   else
#                     local.get 44
#                     i64.const -281474976710656
#                     i64.eq
#                     if ;; label = @9
#                       call $obj_unbox_tag
#                       local.set 46
#                       call $obj_unbox_payload
#                       local.set 45
#                     else
#                       i32.const -1
#                       local.set 46
#                     end
#                   end
#                 end
#                 local.get 46
#                 i32.const -1
#                 i32.eq
#                 if ;; label = @7
#                   br 2 (;@5;)
#                 end
#                 local.get 46
#                 local.set 42
#                 local.get 45
#                 local.set 43
#               end
#               local.get 37
#               i32.const 1
#               i32.eq
#               if ;; label = @6
#                 local.get 42
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 38
#                   local.set 47
#                   local.get 43
#                   local.set 48
#                   local.get 47
#                   local.get 48
#                   i64.add
#                   local.set 49
#                   local.get 47
#                   local.get 49
#                   i64.xor
#                   local.get 48
#                   local.get 49
#                   i64.xor
#                   i64.and
#                   i64.const 0
#                   i64.lt_s
#                   if ;; label = @8
#                     i32.const 16
#                     global.set 0
#                     i32.const 11
#                     local.set 20
#                     br 7 (;@1;)
#                   end
#                   local.get 49
#                   local.set 50
#                   local.get 2
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 3
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 3
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 50
#                   local.set 3
#                   i32.const 1
#                   local.set 2
#                   i32.const 1
#                   local.set 15
#                 else
#                   local.get 38
#                   f64.convert_i64_s
#                   local.set 51
#                   local.get 43
#                   f64.reinterpret_i64
#                   local.set 52
#                   local.get 51
#                   local.get 52
#                   f64.add
#                   local.set 53
#                   local.get 2
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 3
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 3
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 53
#                   i64.reinterpret_f64
#                   local.set 3
#                   i32.const 2
#                   local.set 2
#                   i32.const 1
#                   local.set 15
#                 end
#               else
#                 local.get 42
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 38
#                   f64.reinterpret_i64
#                   local.set 54
#                   local.get 43
#                   f64.convert_i64_s
#                   local.set 55
#                   local.get 54
#                   local.get 55
#                   f64.add
#                   local.set 56
#                   local.get 2
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 3
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 3
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 56
#                   i64.reinterpret_f64
#                   local.set 3
#                   i32.const 2
#                   local.set 2
#                   i32.const 1
#                   local.set 15
#                 else
#                   local.get 38
#                   f64.reinterpret_i64
#                   local.set 57
#                   local.get 43
#                   f64.reinterpret_i64
#                   local.set 58
#                   local.get 57
#                   local.get 58
#                   f64.add
#                   local.set 59
#                   local.get 2
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 3
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 3
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 59
#                   i64.reinterpret_f64
#                   local.set 3
#                   i32.const 2
#                   local.set 2
#                   i32.const 1
#                   local.set 15
#                 end
#               end
#               br 1 (;@4;)
#             end
#             local.get 2
#             local.get 3
#             i32.const 0
#             local.get 11
#             local.get 12
#             i32.const 0
#             i32.const 787200
#             call $obj_binary
#             local.tee 60
#             i32.const -1
#             i32.eq
#             if ;; label = @5
#               i32.const 26
#               global.set 0
#               i32.const 11
#               local.set 20
#               br 4 (;@1;)
#             end
#             local.get 60
#             local.set 61
#             local.get 2
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 3
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 3
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 61
#             i64.extend_i32_u
#             local.set 3
#             i32.const 4
#             local.set 2
#             i32.const 1
#             local.set 15
#           end
#           local.get 11
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 12
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 12
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           i32.const 3
#           local.set 11
#           br 1 (;@2;)
#         else
#           local.get 5
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 5
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 5
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 6
#           local.get 2
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 3
#             local.set 64
#             local.get 62
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 63
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 63
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 64
#             local.set 63
#             i32.const 1
#             local.set 62
#           else
#             local.get 2
#             i32.const 2
#             i32.eq
#             if ;; label = @5
#               local.get 3
#               f64.reinterpret_i64
#               local.set 65
#               local.get 62
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 63
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 63
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 65
#               i64.reinterpret_f64
#               local.set 63
#               i32.const 2
#               local.set 62
#             else
#               local.get 3
#               i32.wrap_i64
#               local.set 66
#               local.get 62
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 63
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 63
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 66
#               i64.extend_i32_u
#               local.set 63
#               i32.const 4
#               local.set 62
#             end
#           end
#           i32.const 3
#           local.set 2
#           local.get 62
#           local.get 63
#           i32.const 3
#           local.set 62
#           local.get 2
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 3
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 3
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 5
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 5
#             call $obj_drop
#           end
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           local.get 7
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 7
#             call $obj_drop
#           end
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           local.get 11
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 12
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 12
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           global.get 2
#           i32.const 1
#           i32.sub
#           global.set 2
#           return
#         end
#       end
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       i64.const 0
#       return
#     end
#     local.get 13
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 17
#       i32.const 0
#       local.get 17
#       i32.const 48
#       i32.gt_u
#       local.get 19
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 14
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 18
#       i32.const 0
#       local.get 18
#       i32.const 48
#       i32.gt_u
#       local.get 19
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 15
#     if ;; label = @1
#       i32.const 2
#       local.get 2
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     if ;; label = @1
#       i32.const 3
#       i32.const 4
#       local.get 4
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 5
#     i32.eq
#     local.get 20
#     i32.const 8
#     i32.eq
#     i32.or
#     local.get 20
#     i32.const 10
#     i32.eq
#     i32.or
#     local.get 20
#     i32.const 11
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 5
#       i32.const 4
#       local.get 5
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 10
#     i32.eq
#     if ;; label = @1
#       i32.const 8
#       i32.const 4
#       local.get 7
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     i32.const 11
#     i32.eq
#     if ;; label = @1
#       i32.const 13
#       local.get 11
#       local.get 12
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     i64.const 0
#     return
#   )
#   (func $Sphere.hit (;14;) (type 11) (param i32 f64) (result f64)
#     (local f64 f64 f64 f64)
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
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     f64.const 0x1p+1 (;=2;)
#     local.set 2
#     local.get 1
#     local.set 4
#     local.get 2
#     local.set 5
#     local.get 4
#     local.get 5
#     f64.mul
#     local.set 3
#     local.get 3
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $Plane.hit (;15;) (type 11) (param i32 f64) (result f64)
#     (local f64 f64 f64 f64)
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
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     f64.const 0x1p+0 (;=1;)
#     local.set 2
#     local.get 1
#     local.set 4
#     local.get 2
#     local.set 5
#     local.get 4
#     local.get 5
#     f64.sub
#     local.set 3
#     local.get 3
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $entry (;16;) (type 12) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $total
#     local.set 10
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
#   (func $status (;17;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "hit")
# )
